#!/usr/bin/python3
"""The lectures' numerical_gradient in numpy, timed like CalcBench's gradient benchmarks.

Prints ns per call of numerical_gradient(function_2, [3, 4]) and of the gradient of sum(x**2)
in 100 dimensions, as the notes write them (Deep Learning from Scratch, ch. 4).
"""
import timeit

import numpy as np

from lecture_numpy import _numerical_gradient_no_batch, function_2  # the notes' code


def sum_of_squares(x):
    return np.sum(x ** 2)


def ns_per_call(stmt, number):
    best = min(timeit.repeat(stmt, number=number, repeat=5))
    return best / number * 1e9


def main():
    point2 = np.array([3.0, 4.0])
    point100 = np.arange(100) * 0.01
    assert _numerical_gradient_no_batch(function_2, point2.copy()).tolist() == [6.00000000000378, 7.999999999999119]
    g2 = ns_per_call(lambda: _numerical_gradient_no_batch(function_2, point2), 20000)
    g100 = ns_per_call(lambda: _numerical_gradient_no_batch(sum_of_squares, point100), 500)
    print(f"numpy numerical_gradient(function_2, [3, 4])   {g2:12.1f} ns/call")
    print(f"numpy numerical_gradient(sum(x**2), 100 dims)  {g100:12.1f} ns/call")
    print(f"numpy {np.__version__}")


if __name__ == "__main__":
    main()
