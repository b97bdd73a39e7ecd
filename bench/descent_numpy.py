"""The lecture notes' gradient_descent (Deep Learning from Scratch 4.4.1), timed.

Runs gradient_descent(function_2, init_x=np.array([-3.0, 4.0]), lr=0.1, step_num=100) -- the notes'
experiment -- over and over for about SECONDS of CPU time and prints one JSON object: steps per
second of process CPU time and of wall time, the number of runs, and the end point of one run (so
the caller can check that both sides computed the same thing). The code of numerical_gradient and
gradient_descent is the notes' own (lecture_numpy.py); only the timing loop is added.

    /usr/bin/python3 bench/descent_numpy.py [SECONDS] [STEPS]
"""
import json
import sys
import time

import numpy as np

from lecture_numpy import function_2, gradient_descent  # the notes' code


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
