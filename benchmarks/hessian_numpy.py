#!/usr/bin/env python3
"""numpy peer of HessianBenchmark.analyticHessian (issue 15, first row).

Same shape as the JMH run `-p n=1000000 -p p=20`: X ~ N(0, 1) (n x p, C order), beta_true and
the point beta ~ N(0, 1/p), y ~ Bernoulli(sigmoid(X beta_true)); the weights are
w = s(1 - s) with s = sigmoid(X beta) at the point. Times, each the median of REPEATS runs
after WARMUP runs:
  product:  X.T @ (X * w[:, None])                        (the matrix product alone)
  hessian:  s = sigmoid(X @ beta); w = s*(1-s); X.T @ (X * w[:, None])   (the whole Hessian)
The project does not depend on Python; this file is a plain script.
Usage: python3 benchmarks/hessian_numpy.py [n] [p]
"""
import sys
import time

import numpy as np

n = int(float(sys.argv[1])) if len(sys.argv) > 1 else 1_000_000
p = int(sys.argv[2]) if len(sys.argv) > 2 else 20
WARMUP, REPEATS = 3, 15

rng = np.random.default_rng(20261122)
X = rng.standard_normal((n, p))
beta_true = rng.normal(0.0, 1.0 / np.sqrt(p), p)
y = (rng.random(n) < 1.0 / (1.0 + np.exp(-(X @ beta_true)))).astype(float)
beta = rng.normal(0.0, 1.0 / np.sqrt(p), p)


def weights():
    s = 1.0 / (1.0 + np.exp(-(X @ beta)))
    return s * (1.0 - s)


def product(w):
    return X.T @ (X * w[:, None])


def hessian():
    return product(weights())


def median_ms(f, *args):
    for _ in range(WARMUP):
        f(*args)
    times = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        f(*args)
        times.append((time.perf_counter() - t0) * 1e3)
    times.sort()
    return times[len(times) // 2], times[0], times[-1]


def blas():
    try:
        cfg = np.show_config(mode="dicts")
        b = cfg["Build Dependencies"]["blas"]
        return f"{b.get('name')} {b.get('version')}"
    except Exception:  # older numpy
        return "unknown"


def threads():
    try:
        from threadpoolctl import threadpool_info
        return ", ".join(f"{i['internal_api']} {i['version']} threads={i['num_threads']}"
                         for i in threadpool_info())
    except ImportError:
        return "threadpoolctl not installed"


w = weights()
print(f"numpy {np.__version__}, BLAS {blas()} ({threads()}), python {sys.version.split()[0]}")
print(f"n = {n}, p = {p}, warm-up {WARMUP}, repeats {REPEATS} (median [min, max] ms)")
for name, f, a in (("product X.T @ (X * w[:, None])", product, (w,)),
                   ("hessian (sigmoid, weights, product)", hessian, ())):
    med, lo, hi = median_ms(f, *a)
    print(f"{name:40s} {med:8.1f} ms  [{lo:.1f}, {hi:.1f}]")
