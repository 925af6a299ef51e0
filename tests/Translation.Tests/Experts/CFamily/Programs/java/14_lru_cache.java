import java.util.LinkedHashMap;
import java.util.Map;

public class Main {
    static class LRUCache {
        private final int capacity;
        private final LinkedHashMap<Integer, String> map = new LinkedHashMap<>();
        private int hits, misses;

        LRUCache(int capacity) {
            this.capacity = capacity;
        }

        String get(int key) {
            if (!map.containsKey(key)) {
                misses++;
                return null;
            }
            hits++;
            String value = map.remove(key);
            map.put(key, value);
            return value;
        }

        void put(int key, String value) {
            if (map.containsKey(key)) {
                map.remove(key);
            } else if (map.size() == capacity) {
                int eldest = map.keySet().iterator().next();
                map.remove(eldest);
                System.out.println("  evict " + eldest);
            }
            map.put(key, value);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<Integer, String> e : map.entrySet()) {
                if (!first) sb.append(", ");
                sb.append(e.getKey()).append(':').append(e.getValue());
                first = false;
            }
            return sb.append('}').toString();
        }

        double hitRate() {
            int total = hits + misses;
            return total == 0 ? 0.0 : (double) hits / total;
        }
    }

    public static void main(String[] args) {
        LRUCache cache = new LRUCache(3);
        cache.put(1, "one");
        cache.put(2, "two");
        cache.put(3, "three");
        System.out.println(cache);
        System.out.println("get 1 -> " + cache.get(1));
        cache.put(4, "four");
        System.out.println(cache);
        System.out.println("get 2 -> " + cache.get(2));
        cache.put(3, "THREE");
        System.out.println(cache);
        cache.put(5, "five");
        System.out.println(cache);
        String[] results = new String[5];
        for (int k = 1; k <= 5; k++) results[k - 1] = cache.get(k);
        System.out.println(String.join(",", String.valueOf(results[0]), results[2], results[4]));
        System.out.println("hit rate: " + cache.hitRate());
        System.out.printf("hit rate: %.2f%%%n", cache.hitRate() * 100);
        LinkedHashMap<String, Integer> order = new LinkedHashMap<>();
        order.put("zeta", 1);
        order.put("alpha", 2);
        order.put("mid", 3);
        order.put("zeta", 4);
        System.out.println(order);
    }
}
