"""Multinomial logistic regression on sparse vectors, trained by mini-batch gradient descent (Adam).

Standard library only: the data set is a few thousand short vectors, so plain Python is fast enough.
"""

import math
import random


class SoftmaxRegression:
    def __init__(self, features: int, classes: int):
        self.features = features
        self.classes = classes
        self.weights = [[0.0] * classes for _ in range(features)]  # feature-major, as stored in the JSON
        self.bias = [0.0] * classes

    def logits(self, x: dict[int, float]) -> list[float]:
        z = list(self.bias)
        for i, v in x.items():
            row = self.weights[i]
            for k in range(self.classes):
                z[k] += row[k] * v
        return z

    def probabilities(self, x: dict[int, float]) -> list[float]:
        return softmax(self.logits(x))

    def fit(self, xs, ys, sample_weights, epochs=40, batch=64, rate=0.05, l2=1e-4, seed=7, log=None):
        """Minimises weighted cross-entropy + l2/2·|W|² with Adam; deterministic for a given seed."""
        rng = random.Random(seed)
        order = list(range(len(xs)))
        m_w = [[0.0] * self.classes for _ in range(self.features)]
        v_w = [[0.0] * self.classes for _ in range(self.features)]
        m_b = [0.0] * self.classes
        v_b = [0.0] * self.classes
        beta1, beta2, eps = 0.9, 0.999, 1e-8
        step = 0
        total_weight = sum(sample_weights)
        for epoch in range(epochs):
            rng.shuffle(order)
            loss = 0.0
            for start in range(0, len(order), batch):
                grad_w: dict[int, list[float]] = {}
                grad_b = [0.0] * self.classes
                for j in order[start:start + batch]:
                    x, y, w = xs[j], ys[j], sample_weights[j]
                    p = self.probabilities(x)
                    loss -= w * math.log(max(p[y], 1e-12))
                    p[y] -= 1.0
                    for k in range(self.classes):
                        grad_b[k] += w * p[k]
                    for i, v in x.items():
                        g = grad_w.setdefault(i, [0.0] * self.classes)
                        for k in range(self.classes):
                            g[k] += w * p[k] * v
                scale = len(order) / (batch * total_weight)
                step += 1
                lr = rate * math.sqrt(1 - beta2 ** step) / (1 - beta1 ** step)
                # Only features seen in the batch get a data gradient; the l2 pull is applied where they are.
                for i, g in grad_w.items():
                    row, m, v = self.weights[i], m_w[i], v_w[i]
                    for k in range(self.classes):
                        gk = g[k] * scale + l2 * row[k]
                        m[k] = beta1 * m[k] + (1 - beta1) * gk
                        v[k] = beta2 * v[k] + (1 - beta2) * gk * gk
                        row[k] -= lr * m[k] / (math.sqrt(v[k]) + eps)
                for k in range(self.classes):
                    gk = grad_b[k] * scale
                    m_b[k] = beta1 * m_b[k] + (1 - beta1) * gk
                    v_b[k] = beta2 * v_b[k] + (1 - beta2) * gk * gk
                    self.bias[k] -= lr * m_b[k] / (math.sqrt(v_b[k]) + eps)
            if log:
                log(f"epoch {epoch + 1:2d}  weighted loss {loss / total_weight:.4f}")

    def rounded(self, digits: int) -> "SoftmaxRegression":
        copy = SoftmaxRegression(self.features, self.classes)
        copy.weights = [[_round(w, digits) for w in row] for row in self.weights]
        copy.bias = [_round(b, digits) for b in self.bias]
        return copy


def _round(value: float, digits: int) -> float | int:
    rounded = round(value, digits)
    return 0 if rounded == 0 else rounded  # a plain 0 in the JSON, not 0.0 or -0.0


def softmax(z: list[float]) -> list[float]:
    top = max(z)
    e = [math.exp(v - top) for v in z]
    s = sum(e)
    return [v / s for v in e]
