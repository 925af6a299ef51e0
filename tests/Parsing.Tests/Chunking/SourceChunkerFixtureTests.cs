using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Text;

namespace CodeIntel.Parsing.Tests.Chunking;

/// <summary>Realistic files in each parsed language, chunked with default options: exact units, names and lines.</summary>
public sealed class SourceChunkerFixtureTests
{
    [Theory]
    [InlineData("cart.js", new[]
    {
        "TopLevel cart 1-3",
        "Function totalOf 5-7",
        "Function withTax 9-9",
        "Function makeCounter 11-18",
        "Class Cart 20-39",
        "Constructor Cart.constructor 23-25",
        "Method Cart.add 27-30",
        "Method Cart.onChange 32-34",
        "Method Cart.total 36-38",
        "Function module.exports.legacyTotal 41-43",
    })]
    [InlineData("geometry.cpp", new[]
    {
        "TopLevel geometry 1-5",
        "Struct geo.Point 7-11",
        "Function geo.clamp 13-16",
        "Class geo.Polygon 18-38",
        "Constructor geo.Polygon.Polygon 20-20",
        "Method geo.Polygon.area 24-32",
        "Method geo.Polygon.perimeter 40-49",
        "Function main 53-56",
    })]
    [InlineData("Inventory.java", new[]
    {
        "TopLevel Inventory 1-5",
        "Class com.example.inventory.Inventory 7-39",
        "Constructor com.example.inventory.Inventory.Inventory 10-11",
        "Method com.example.inventory.Inventory.find 13-18",
        "Method com.example.inventory.Inventory.toString 20-30",
        "Record com.example.inventory.Inventory.Entry 32-36",
        "Constructor com.example.inventory.Inventory.Entry.Entry 33-35",
        "Enum com.example.inventory.Inventory.Kind 38-38",
        "Interface com.example.inventory.Item 41-43",
    })]
    [InlineData("list.c", new[]
    {
        "TopLevel list 1-2",
        "Struct IntList 4-8",
        "Enum Growth 10-10",
        "Function grow 12-22",
        "Function list_push 24-32",
        "Function list_dump 35-40",
    })]
    [InlineData("Orders.cs", new[]
    {
        "TopLevel Orders 1-5",
        "Record Shop.Orders.OrderLine 7-11",
        "Property Shop.Orders.OrderLine.Total 10-10",
        "Record Shop.Orders.Money 13-13",
        "Interface Shop.Orders.IOrderRepository 15-19",
        "Class Shop.Orders.Order 21-63",
        "Constructor Shop.Orders.Order.Order 26-29",
        "Property Shop.Orders.Order.Lines 33-33",
        "Method Shop.Orders.Order.Add 35-48",
        "Method Shop.Orders.Order.Total 50-55",
        "Enum Shop.Orders.Order.Status 57-57",
        "Class Shop.Orders.Order.Audit 59-62",
    })]
    [InlineData("page.php", new[]
    {
        "TopLevel page 1-8",
        "Interface App.Views.Renderable 10-13",
        "Trait App.Views.Escapes 15-21",
        "Method App.Views.Escapes.e 17-20",
        "Class App.Views.UserCard 23-38",
        "Constructor App.Views.UserCard.__construct 29-32",
        "Method App.Views.UserCard.render 34-37",
        "Function App.Views.render_all 40-43",
        "TopLevel page 44-51",
    })]
    [InlineData("shop.py", new[]
    {
        "TopLevel shop 1-5",
        "Class Item 8-14",
        "Method Item.total 13-14",
        "Class Cart 17-33",
        "Constructor Cart.__init__ 20-21",
        "Method Cart.add 23-24",
        "Method Cart.total 26-30",
        "Class Cart.Line 32-33",
        "Function round_up 36-38",
        "TopLevel shop 41-44",
    })]
    [InlineData("store.ts", new[]
    {
        "TopLevel store 1-1",
        "Interface Product 3-6",
        "Enum Currency 8-11",
        "Function Pricing.convert 14-16",
        "Class Store 19-28",
        "Method Store.add 22-25",
        "Method Store.find 27-27",
        "Function cheapest 30-31",
    })]
    public void Chunk_RealisticFile_GivesExactUnitsNamesAndLines(string file, string[] expected)
    {
        var result = Fixtures.Chunk(file);

        Assert.Equal(expected, result.Chunks.Select(c => $"{c.Kind} {c.SymbolPath} {c.StartLine}-{c.EndLine}"));
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Chunk_RealisticFile_SpansMatchTheFileBytes(string file)
    {
        var source = Fixtures.Source(file);
        var chunks = Fixtures.Chunk(file).Chunks;

        Assert.All(chunks, c =>
        {
            Assert.Equal(source.GetLineIndex(c.StartByte) + 1, c.StartLine);
            Assert.Equal(source.GetLineIndex(c.EndByte - 1) + 1, c.EndLine);
            if (c.Kind is ChunkKind.Function or ChunkKind.Method or ChunkKind.Constructor or ChunkKind.Property or ChunkKind.TopLevel)
            {
                Assert.Equal(source.Decode(c.StartByte, c.EndByte), c.Text);
            }
        });
        Assert.Equal(chunks.Count, chunks.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Chunk_CSharpClass_HeaderKeepsSignaturesAndElidesMemberBodies()
    {
        var order = Fixtures.Chunk("Orders.cs").Chunks.Single(c => c.SymbolPath == "Shop.Orders.Order" && c.Kind == ChunkKind.Class);

        Assert.StartsWith("[Serializable]\npublic class Order<TCustomer> where TCustomer : class\n{", order.Text);
        Assert.Contains("    public void Add(OrderLine line)\n    {\n        ...\n    }", order.Text);
        Assert.Contains("private readonly List<OrderLine> _lines = new();", order.Text);
        Assert.Contains("public TCustomer Customer { get; }", order.Text);
        Assert.DoesNotContain("FindIndex", order.Text);
    }

    [Fact]
    public void Chunk_PythonClass_HeaderElidesBodiesWithEllipsis()
    {
        var cart = Fixtures.Chunk("shop.py").Chunks.Single(c => c.SymbolPath == "Cart" && c.Kind == ChunkKind.Class);

        Assert.Equal(
            "class Cart:\n    \"\"\"A cart of items.\"\"\"\n\n    def __init__(self):\n        ...\n\n    def add(self, item):\n        ...\n\n" +
            "    @property\n    def total(self):\n        ...\n\n    class Line:\n        ...",
            cart.Text);
    }

    [Fact]
    public void Chunk_Members_IncludeDocCommentsDecoratorsAndExport()
    {
        var chunks = Fixtures.Chunk("Orders.cs").Chunks.Concat(Fixtures.Chunk("shop.py").Chunks).Concat(Fixtures.Chunk("cart.js").Chunks).ToList();

        Assert.StartsWith("/// <summary>Adds a line", chunks.Single(c => c.SymbolPath == "Shop.Orders.Order.Add").Text);
        Assert.StartsWith("@property\n    def total(self):", chunks.Single(c => c.Path == "shop.py" && c.SymbolPath == "Cart.total").Text);
        Assert.StartsWith("export const withTax = (amount) =>", chunks.Single(c => c.SymbolPath == "withTax").Text);
    }

    [Fact]
    public void Chunk_NestedFunctionsAndLambdas_StayInsideTheirEnclosingUnit()
    {
        var all = Fixtures.FileNames.SelectMany(f => Fixtures.Chunk(f).Chunks).ToList();

        Assert.Contains("static OrderLine Merge(OrderLine a, OrderLine b)", all.Single(c => c.SymbolPath == "Shop.Orders.Order.Add").Text);
        Assert.Contains("decimal Discount(decimal amount)", all.Single(c => c.SymbolPath == "Shop.Orders.Order.Total").Text);
        Assert.Contains("function increment()", all.Single(c => c.SymbolPath == "makeCounter").Text);
        Assert.Contains("def with_tax(amount):", all.Single(c => c.Path == "shop.py" && c.SymbolPath == "Cart.total").Text);
        Assert.Contains("auto dist = [](const Point& a, const Point& b)", all.Single(c => c.SymbolPath == "geo.Polygon.perimeter").Text);
        Assert.DoesNotContain(all, c => c.Name is "Merge" or "Discount" or "increment" or "with_tax" or "run");
    }

    [Fact]
    public void Chunk_PhpMixedWithHtml_KeepsTheHtmlAsTopLevelChunks()
    {
        var chunks = Fixtures.Chunk("page.php").Chunks;

        Assert.StartsWith("<!DOCTYPE html>", chunks[0].Text);
        Assert.Contains("<?php foreach ($users as $user): ?>", chunks[^1].Text);
        Assert.Equal(ChunkKind.TopLevel, chunks[^1].Kind);
    }
}
