package com.example.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public class Inventory<T extends Item> {
    private final List<T> items = new ArrayList<>();

    public Inventory() {
    }

    /** Finds the first item with the given name. */
    public Optional<T> find(String name) {
        return items.stream()
                .filter(item -> item.name().equals(name))
                .findFirst();
    }

    @Override
    public String toString() {
        Runnable logger = new Runnable() {
            @Override
            public void run() {
                System.out.println("inventory");
            }
        };
        logger.run();
        return "Inventory(" + items.size() + ")";
    }

    public record Entry(String name, int count) {
        public Entry {
            if (count < 0) throw new IllegalArgumentException("count");
        }
    }

    enum Kind { TOOL, PART }
}

interface Item {
    String name();
}
