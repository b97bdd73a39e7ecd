"""The book's two-layer net (Deep Learning from Scratch 5.7), in NumPy, on the spiral data, timed.

The counterpart of DiffKernel's twoLayerNet for bench/run-backprop-bench.sh: Affine -> ReLU -> Affine ->
SoftmaxWithLoss as in the book's layers.py / two_layer_net.py (a stable log-softmax loss, as DiffKernel's,
so the gradient check is not spoiled by the book's 1e-7), the same start (0.3 * randn, hidden bias 1), the
spiral data of CS231n (100 points per class, 3 classes; numpy's generator, so not the same points as Java's
seeded spiral, but the same sizes and shape). Times, in process CPU time, the median of REPS runs of
  - the gradient check: numerical_gradient (central difference, h = 1e-4, over all 303 parameters) and
    backpropagation, compared;
  - 2000 epochs of full-batch gradient descent, lr = 1.0, recording the loss of each epoch,
and prints one JSON object.

    python3 bench/backprop_numpy.py [REPS] [EPOCHS]
"""
import json
import sys
import time
from collections import OrderedDict

import numpy as np


def spiral(n, classes, rng):
    x = np.zeros((n * classes, 2))
    t = np.zeros((n * classes, classes))
    for c in range(classes):
        r = np.linspace(0.0, 1.0, n)
        theta = 4.0 * c + 4.0 * r + 0.2 * rng.standard_normal(n)
        rows = slice(c * n, (c + 1) * n)
        x[rows, 0] = r * np.sin(theta)
        x[rows, 1] = r * np.cos(theta)
        t[rows, c] = 1
    return x, t


class Affine:
    def __init__(self, W, b):
        self.W, self.b = W, b
        self.x = self.dW = self.db = None

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, dout):
        self.dW = self.x.T @ dout
        self.db = np.sum(dout, axis=0)
        return dout @ self.W.T


class Relu:
    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = x <= 0
        out = x.copy()
        out[self.mask] = 0
        return out

    def backward(self, dout):
        dout = dout.copy()
        dout[self.mask] = 0
        return dout


class SoftmaxWithLoss:
    def __init__(self):
        self.y = self.t = None

    def forward(self, s, t):
        self.t = t
        shifted = s - s.max(axis=1, keepdims=True)
        log_y = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        self.y = np.exp(log_y)
        return -np.sum(t * log_y) / s.shape[0]

    def backward(self, dout=1):
        return (self.y - self.t) / self.t.shape[0] * dout


class TwoLayerNet:
    def __init__(self, inputs, hidden, outputs, rng, weight_init_std=0.3, hidden_bias=1.0):
        self.params = {
            'W1': weight_init_std * rng.standard_normal((inputs, hidden)),
            'b1': np.full(hidden, hidden_bias),
            'W2': weight_init_std * rng.standard_normal((hidden, outputs)),
            'b2': np.zeros(outputs),
        }
        self.layers = OrderedDict()
        self.layers['Affine1'] = Affine(self.params['W1'], self.params['b1'])
        self.layers['Relu1'] = Relu()
        self.layers['Affine2'] = Affine(self.params['W2'], self.params['b2'])
        self.last_layer = SoftmaxWithLoss()

    def predict(self, x):
        for layer in self.layers.values():
            x = layer.forward(x)
        return x

    def loss(self, x, t):
        return self.last_layer.forward(self.predict(x), t)

    def accuracy(self, x, t):
        return np.mean(np.argmax(self.predict(x), axis=1) == np.argmax(t, axis=1))

    def numerical_gradient(self, x, t):
        f = lambda _: self.loss(x, t)
        return {key: numerical_gradient(f, self.params[key]) for key in ('W1', 'b1', 'W2', 'b2')}

    def gradient(self, x, t):
        self.loss(x, t)
        dout = self.last_layer.backward(1)
        for layer in reversed(list(self.layers.values())):
            dout = layer.backward(dout)
        return {'W1': self.layers['Affine1'].dW, 'b1': self.layers['Affine1'].db,
                'W2': self.layers['Affine2'].dW, 'b2': self.layers['Affine2'].db}


def numerical_gradient(f, x):
    """The book's numerical_gradient (common/gradient.py): central difference, h = 1e-4, entry by entry."""
    h = 1e-4
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])
    while not it.finished:
        idx = it.multi_index
        tmp = x[idx]
        x[idx] = float(tmp) + h
        fxh1 = f(x)
        x[idx] = tmp - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp
        it.iternext()
    return grad


def gradient_check(net, x, t):
    numerical = net.numerical_gradient(x, t)
    backprop = net.gradient(x, t)
    return max(float(np.max(np.abs(backprop[k] - numerical[k]))) for k in backprop)


def train(net, x, t, lr, epochs):
    losses = [net.loss(x, t)]
    for _ in range(epochs):
        grads = net.gradient(x, t)
        for key in ('W1', 'b1', 'W2', 'b2'):
            net.params[key] -= lr * grads[key]
        losses.append(net.loss(x, t))
    return losses


def timed(task, reps):
    times, result = [], None
    for _ in range(reps):
        cpu0 = time.process_time()
        result = task()
        times.append(time.process_time() - cpu0)
    return float(np.median(times)), result


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    x, t = spiral(100, 3, np.random.default_rng(42))
    check_seconds, max_difference = timed(
        lambda: gradient_check(TwoLayerNet(2, 50, 3, np.random.default_rng(42)), x, t), reps)

    def training():
        net = TwoLayerNet(2, 50, 3, np.random.default_rng(42))
        losses = train(net, x, t, 1.0, epochs)
        return losses[-1], float(net.accuracy(x, t))
    train_seconds, (loss, accuracy) = timed(training, reps)
    print(json.dumps({
        "gradient_check_cpu_seconds": check_seconds, "max_difference": max_difference,
        "train_cpu_seconds": train_seconds, "epochs": epochs, "loss": float(loss), "accuracy": accuracy,
        "reps": reps, "numpy": np.__version__, "python": sys.version.split()[0],
    }))


if __name__ == "__main__":
    main()
