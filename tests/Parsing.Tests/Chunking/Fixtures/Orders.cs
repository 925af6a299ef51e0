using System;
using System.Collections.Generic;
using System.Linq;

namespace Shop.Orders;

/// <summary>A line of an order.</summary>
public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice)
{
    public decimal Total => Quantity * UnitPrice;
}

public record struct Money(decimal Amount, string Currency);

public interface IOrderRepository
{
    Order? Find(Guid id);
    void Save(Order order);
}

[Serializable]
public class Order<TCustomer> where TCustomer : class
{
    private readonly List<OrderLine> _lines = new();

    public Order(TCustomer customer)
    {
        Customer = customer ?? throw new ArgumentNullException(nameof(customer));
    }

    public TCustomer Customer { get; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    /// <summary>Adds a line, merging it with an existing line of the same SKU.</summary>
    public void Add(OrderLine line)
    {
        var existing = _lines.FindIndex(l => l.Sku == line.Sku);
        if (existing >= 0)
        {
            _lines[existing] = Merge(_lines[existing], line);
            return;
        }
        _lines.Add(line);

        static OrderLine Merge(OrderLine a, OrderLine b) =>
            a with { Quantity = a.Quantity + b.Quantity };
    }

    public decimal Total()
    {
        decimal Discount(decimal amount) => amount > 100 ? amount * 0.05m : 0;
        var sum = _lines.Sum(l => l.Total);
        return sum - Discount(sum);
    }

    public enum Status { Open, Paid, Shipped }

    private sealed class Audit
    {
        public DateTime At { get; init; }
    }
}
