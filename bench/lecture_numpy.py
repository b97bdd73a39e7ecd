"""The lecture notes' NumPy code (Deep Learning from Scratch, ch. 4), as the notes write it: the
baseline both numpy benchmarks time (numpy_gradient.py, descent_numpy.py). Only this module holds it."""
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
