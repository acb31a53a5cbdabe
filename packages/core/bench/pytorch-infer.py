"""
A measuring stick, not part of the product: the DeSTSeg inference graph (the one `destseg export`
writes: teacher ResNet18 conv1..layer3, student ResNet18 encoder + reverse decoder, segmentation net
with ASPP, BatchNorm folded, both maps upsampled to the image size, top-100 scores) in PyTorch with
random weights, timed on the CPU like `destseg bench --engine ort --modes infer`.

    apt-get install -y python3-torch
    /usr/bin/python3 packages/core/bench/pytorch-infer.py --size 256 --batch 1 --threads 2 --iters 10
"""

import argparse
import statistics
import time

import torch
import torch.nn.functional as F
from torch import nn


def conv(cin, cout, k, stride=1, pad=0, dilation=1):
    # BatchNorm folded into a biased conv, as in the exported graph.
    return nn.Conv2d(cin, cout, k, stride, pad, dilation=dilation, bias=True)


class Block(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.c1 = conv(cin, cout, 3, stride, 1)
        self.c2 = conv(cout, cout, 3, 1, 1)
        self.down = conv(cin, cout, 1, stride) if stride != 1 or cin != cout else None

    def forward(self, x):
        h = self.c2(F.relu(self.c1(x)))
        return F.relu(h + (self.down(x) if self.down is not None else x))


def layer(cin, cout, stride):
    return nn.Sequential(Block(cin, cout, stride), Block(cout, cout, 1))


class Encoder(nn.Module):
    def __init__(self, depth):
        super().__init__()
        self.stem = conv(3, 64, 7, 2, 3)
        widths = [64, 128, 256, 512][:depth]
        cins = [64] + widths[:-1]
        self.layers = nn.ModuleList(
            layer(ci, co, 1 if i == 0 else 2) for i, (ci, co) in enumerate(zip(cins, widths))
        )

    def forward(self, x):
        h = F.max_pool2d(F.relu(self.stem(x)), 3, 2, 1)
        outs = []
        for m in self.layers:
            h = m(h)
            outs.append(h)
        return outs


def up(x, size):
    return F.interpolate(x, size=size, mode="bilinear", align_corners=False)


def top_mean(m):
    return m.flatten(1).topk(min(100, m[0].numel()), 1).values.mean(1)


class DeSTSeg(nn.Module):
    def __init__(self):
        super().__init__()
        self.teacher = Encoder(3)
        self.encoder = Encoder(4)
        self.decoder = nn.ModuleList(
            [layer(512, 512, 1), layer(512, 256, 1), layer(256, 128, 1), layer(128, 64, 1)]
        )
        self.res = layer(448, 256, 1)
        self.pool = conv(256, 256, 1)
        self.rates = nn.ModuleList(conv(256, 256, 3, 1, r, r) for r in (6, 12, 18))
        self.fuse = conv(1024, 256, 3, 1, 1)
        self.head = conv(256, 256, 3, 1, 1)
        self.out = conv(256, 1, 1)

    def forward(self, x):
        size = x.shape[-2:]
        t = self.teacher(x)
        enc = self.encoder(x)
        h, s = enc[3], []
        for i, m in enumerate(self.decoder):
            if i > 0:
                h = up(h, enc[3 - i].shape[-2:])
            h = m(h)
            if i > 0:
                s.insert(0, h)
        quarter = t[0].shape[-2:]
        tn = [F.normalize(v, dim=1) for v in t]
        sn = [F.normalize(v, dim=1) for v in s]
        seg_in = torch.cat([up(-a * b, quarter) for a, b in zip(tn, sn)], 1)
        dest = None
        for a, b in zip(tn, sn):
            d = up(1 - (a * b).sum(1, keepdim=True), quarter)
            dest = d if dest is None else dest * d
        r = self.res(seg_in)
        pooled = F.relu(self.pool(r.mean((2, 3), keepdim=True))).expand_as(r)
        aspp = torch.cat([pooled] + [F.relu(c(r)) for c in self.rates], 1)
        seg = torch.sigmoid(self.out(F.relu(self.head(F.relu(self.fuse(aspp))))))
        seg, dest = up(seg, size), up(dest, size)
        return seg, dest, top_mean(seg), top_mean(dest)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--size", type=int, default=256)
    p.add_argument("--batch", type=int, default=1)
    p.add_argument("--threads", type=int, default=torch.get_num_threads())
    p.add_argument("--iters", type=int, default=10)
    a = p.parse_args()
    torch.manual_seed(0)
    torch.set_num_threads(a.threads)
    model = DeSTSeg().eval()
    x = torch.randn(a.batch, 3, a.size, a.size)
    times = []
    with torch.inference_mode():
        t0 = time.perf_counter()
        model(x)
        first = (time.perf_counter() - t0) * 1000
        for _ in range(a.iters):
            t0 = time.perf_counter()
            model(x)
            times.append((time.perf_counter() - t0) * 1000)
    median = statistics.median(times)
    print(
        f"pytorch {torch.__version__} cpu, {a.threads} threads; "
        f"{a.size}x{a.size}, batch {a.batch}, median of {a.iters}"
    )
    print("mode   first step ms  median ms  images/s")
    print(f"infer  {first:13.1f}  {median:9.1f}  {a.batch * 1000 / median:8.2f}")


if __name__ == "__main__":
    main()
