#!/usr/bin/env python3
"""Draws Crónica's icon (a white open ring, like a "C", with a red dot on deep blue) at the sizes
Tauri bundles, with only the standard library. Run from the repository root."""
import math
import struct
import zlib
from pathlib import Path

BLUE = (31, 58, 95)
WHITE = (245, 243, 236)
RED = (213, 43, 30)


def pixel(x: float, y: float) -> tuple:
    """Colour and coverage of the unit-square icon at (x, y) in [0, 1]."""
    cx, cy = x - 0.5, y - 0.5
    # Rounded-square background.
    r = 0.18
    qx, qy = max(abs(cx) - (0.5 - r), 0), max(abs(cy) - (0.5 - r), 0)
    if math.hypot(qx, qy) > r:
        return (0, 0, 0, 0)
    dist = math.hypot(cx, cy)
    angle = math.degrees(math.atan2(-cy, cx))
    if 0.22 <= dist <= 0.33 and not (-40 <= angle <= 40):
        return WHITE + (255,)
    if math.hypot(cx - 0.24, cy) <= 0.065:
        return RED + (255,)
    return BLUE + (255,)


def render(size: int) -> bytes:
    samples = 4
    rows = []
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            acc = [0, 0, 0, 0]
            for sj in range(samples):
                for si in range(samples):
                    r, g, b, a = pixel((i + (si + 0.5) / samples) / size, (j + (sj + 0.5) / samples) / size)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            alpha = acc[3] / samples**2
            if acc[3]:
                row += bytes([round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(alpha)])
            else:
                row += bytes(4)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


out = Path("src-tauri/icons")
out.mkdir(parents=True, exist_ok=True)
for name, size in [("32x32.png", 32), ("128x128.png", 128), ("128x128@2x.png", 256), ("icon.png", 512)]:
    (out / name).write_bytes(render(size))
    print("wrote", out / name)
