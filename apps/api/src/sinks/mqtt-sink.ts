/**
 * MQTT delivery (mqtt.js): each message is published with QoS 1 (the broker acknowledged it) and
 * retained, so the topic of a station always holds its last verdict. One connection per broker URL.
 */
import mqtt, { type MqttClient } from 'mqtt';

export const DEFAULT_TOPIC_TEMPLATE = 'destseg/<category>/<station>/inspection';
/** The <station> of an inspection without a station id. */
const NO_STATION = '_';
const CONNECT_TIMEOUT_MS = 5000;
const PUBLISH_TIMEOUT_MS = 10_000;

/** Fills the template; MQTT wildcards and separators in a name become '_' so a name stays one level. */
export function topicFor(template: string, category: string, station: string | null): string {
  const level = (value: string) => value.replace(/[/+#\0]/g, '_') || NO_STATION;
  return template
    .replaceAll('<category>', level(category))
    .replaceAll('<station>', level(station ?? NO_STATION));
}

export class MqttPublisher {
  private readonly clients = new Map<string, MqttClient>();

  async publish(url: string, topic: string, payload: object): Promise<void> {
    const client = this.client(url);
    if (!client.connected) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => done(new Error(`MQTT broker ${url} not reachable`)),
          CONNECT_TIMEOUT_MS,
        );
        const done = (error?: Error) => {
          clearTimeout(timer);
          client.off('connect', onConnect);
          if (error) reject(error);
          else resolve();
        };
        const onConnect = () => done();
        client.on('connect', onConnect);
      });
    }
    // A broker that goes away mid-publish must not hold the sink forever.
    await Promise.race([
      client.publishAsync(topic, JSON.stringify(payload), { qos: 1, retain: true }),
      new Promise<never>((_, reject) =>
        setTimeout(
          () => reject(new Error(`MQTT broker ${url} did not acknowledge`)),
          PUBLISH_TIMEOUT_MS,
        ).unref(),
      ),
    ]);
  }

  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map((c) => c.endAsync()));
    this.clients.clear();
  }

  private client(url: string): MqttClient {
    let client = this.clients.get(url);
    if (!client) {
      client = mqtt.connect(url, { reconnectPeriod: 1000, connectTimeout: CONNECT_TIMEOUT_MS });
      // Errors surface as failed publishes; the client keeps reconnecting on its own.
      client.on('error', () => {});
      this.clients.set(url, client);
    }
    return client;
  }
}
