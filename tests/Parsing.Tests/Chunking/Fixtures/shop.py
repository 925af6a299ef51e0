"""Shopping cart utilities."""
import math
from dataclasses import dataclass

TAX_RATE = 0.2


@dataclass
class Item:
    name: str
    price: float

    def total(self, quantity: int = 1) -> float:
        return self.price * quantity


class Cart:
    """A cart of items."""

    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)

    @property
    def total(self):
        def with_tax(amount):
            return amount * (1 + TAX_RATE)
        return with_tax(sum(i.price for i in self.items))

    class Line:
        pass


def round_up(value, step=0.05):
    scale = 1 / step
    return math.ceil(value * scale) / scale


if __name__ == "__main__":
    cart = Cart()
    cart.add(Item("pen", 1.5))
    print(round_up(cart.total))
