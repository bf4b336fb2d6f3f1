#!/usr/bin/env python3
"""Run commands alternately, each `runs` times; print JSON samples of wall time (ms) and peak RSS (MiB).

Used by bench.mjs: Node cannot read a child's peak memory, os.wait4 can. Input on stdin:
{"runs": N, "warmup": W, "commands": [{"name": ..., "argv": [...], "cwd": ...}]}
"""
import json, os, subprocess, sys, time

spec = json.load(sys.stdin)
cmds = spec["commands"]
samples = {c["name"]: {"wall": [], "rss": [], "codes": []} for c in cmds}

def run(c):
    t0 = time.perf_counter()
    p = subprocess.Popen(c["argv"], cwd=c.get("cwd"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **c.get("env", {})})
    _, status, usage = os.wait4(p.pid, 0)
    wall = (time.perf_counter() - t0) * 1000
    return wall, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)

for _ in range(spec.get("warmup", 1)):
    for c in cmds:
        run(c)
for _ in range(spec["runs"]):
    for c in cmds:
        wall, rss, code = run(c)
        s = samples[c["name"]]
        s["wall"].append(wall); s["rss"].append(rss); s["codes"].append(code)
json.dump(samples, sys.stdout)
