"""The lecture notes' gradient_descent (Deep Learning from Scratch 4.4.1), timed.

Runs gradient_descent(function_2, init_x=np.array([-3.0, 4.0]), lr=0.1, step_num=100) -- the notes'
experiment -- over and over for about SECONDS of CPU time and prints one JSON object: steps per
second of process CPU time and of wall time, the number of runs, and the end point of one run (so
the caller can check that both sides computed the same thing). The code of numerical_gradient and
gradient_descent is the notes' own; only the timing loop is added.

    /usr/bin/python3 bench/descent_numpy.py [SECONDS] [STEPS]
"""
import json
import sys
import time

import numpy as np


def _numerical_gradient_no_batch(f, x):
    h = 1e-4  # 0.0001
    grad = np.zeros_like(x)

    for idx in range(x.size):
        tmp_val = x[idx]

        x[idx] = float(tmp_val) + h
        fxh1 = f(x)

        x[idx] = tmp_val - h
        fxh2 = f(x)

        grad[idx] = (fxh1 - fxh2) / (2*h)
        x[idx] = tmp_val

    return grad


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    x = init_x
    for i in range(step_num):
        grad = _numerical_gradient_no_batch(f, x)
        x -= lr * grad
    return x


def function_2(x):
    return x[0]**2 + x[1]**2


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    end = gradient_descent(function_2, np.array([-3.0, 4.0]), lr=0.1, step_num=steps)
    runs = 0
    cpu0, wall0 = time.process_time(), time.perf_counter()
    while time.process_time() - cpu0 < seconds:
        gradient_descent(function_2, np.array([-3.0, 4.0]), lr=0.1, step_num=steps)
        runs += 1
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    print(json.dumps({
        "runs": runs, "steps": steps,
        "steps_per_cpu_second": runs * steps / cpu, "steps_per_wall_second": runs * steps / wall,
        "end": [float(v) for v in end], "numpy": np.__version__,
        "python": sys.version.split()[0],
    }))


if __name__ == "__main__":
    main()
