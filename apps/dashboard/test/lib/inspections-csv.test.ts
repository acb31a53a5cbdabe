import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvField, inspectionsCsv } from '../../lib/inspections-csv.ts';

test('fields are quoted when needed and never start a formula', () => {
  assert.equal(csvField('P-1'), 'P-1');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
  assert.equal(csvField('-3'), "'-3");
  assert.equal(csvField(null), '');
  assert.equal(csvField(0.4977), '0.4977');
});

test('one header and one line per inspection', () => {
  const csv = inspectionsCsv([
    {
      id: 'SW5zcGVjdGlvbjox',
      verdict: 'DEFECT',
      score: 0.61,
      thresholdValue: 0.4977,
      heatmapUrl: 'http://api/heatmaps/a-heatmap.png',
      overlayUrl: 'http://api/heatmaps/a-overlay.png',
      partId: 'P-1',
      lotId: null,
      stationId: 'S, 2',
      createdAt: '2026-12-03T12:00:00.000Z',
      category: { id: 'Q2F0ZWdvcnk6MQ', name: 'demo-metal' },
    },
  ]);
  assert.equal(
    csv,
    'id,createdAt,category,verdict,score,thresholdValue,partId,lotId,stationId,overlayUrl\r\n' +
      'SW5zcGVjdGlvbjox,2026-12-03T12:00:00.000Z,demo-metal,DEFECT,0.61,0.4977,P-1,,"S, 2",http://api/heatmaps/a-overlay.png\r\n',
  );
});
