import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

public class Main {
    enum Category { TOOLS, FOOD, TOYS }

    static class OutOfStockException extends RuntimeException {
        OutOfStockException(String item, int wanted, int have) {
            super("cannot take " + wanted + " of " + item + " (have " + have + ")");
        }
    }

    static class Item {
        final String name;
        final Category category;
        final double price;
        int quantity;

        Item(String name, Category category, double price, int quantity) {
            this.name = name;
            this.category = category;
            this.price = price;
            this.quantity = quantity;
        }

        double value() { return price * quantity; }
    }

    private final TreeMap<String, Item> items = new TreeMap<>();

    void add(String name, Category c, double price, int qty) {
        Item existing = items.get(name);
        if (existing != null) existing.quantity += qty;
        else items.put(name, new Item(name, c, price, qty));
    }

    void take(String name, int qty) {
        Item it = items.get(name);
        if (it == null) throw new IllegalArgumentException("unknown item " + name);
        if (it.quantity < qty) throw new OutOfStockException(name, qty, it.quantity);
        it.quantity -= qty;
    }

    static double taxRate(Category c) {
        return switch (c) {
            case FOOD -> 0.05;
            case TOOLS -> 0.2;
            case TOYS -> 0.1;
        };
    }

    public static void main(String[] args) {
        Main inv = new Main();
        inv.add("hammer", Category.TOOLS, 12.5, 4);
        inv.add("apple", Category.FOOD, 0.4, 50);
        inv.add("yo-yo", Category.TOYS, 3.25, 10);
        inv.add("apple", Category.FOOD, 0.4, 25);
        inv.add("wrench", Category.TOOLS, 8.75, 2);
        String[][] orders = {{"apple", "30"}, {"hammer", "5"}, {"kite", "1"}, {"wrench", "2"}};
        for (String[] o : orders) {
            try {
                inv.take(o[0], Integer.parseInt(o[1]));
                System.out.println("took " + o[1] + " " + o[0]);
            } catch (OutOfStockException e) {
                System.out.println("out of stock: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                System.out.println("bad order: " + e.getMessage());
            }
        }
        double total = 0;
        List<String> empty = new ArrayList<>();
        for (Item it : inv.items.values()) {
            double tax = it.value() * taxRate(it.category);
            System.out.printf("%-7s %-5s qty=%3d value=%8.2f tax=%.3f%n", it.name, it.category, it.quantity, it.value(), tax);
            total += it.value() + tax;
            if (it.quantity == 0) empty.add(it.name);
        }
        System.out.printf("total with tax: %.2f%n", total);
        System.out.println("empty: " + empty);
        System.out.println("categories: " + Category.values().length + ", first " + Category.values()[0]);
    }
}
