import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Main {
    public static void main(String[] args) {
        String text = "The quick brown fox jumps over the lazy dog. The dog sleeps; "
                + "the fox runs! A quick fox, a lazy dog, and the brown bear.";
        String[] tokens = text.toLowerCase().split("[^a-z]+");
        Map<String, Integer> freq = new TreeMap<>();
        for (String tok : tokens) {
            if (tok.isEmpty()) continue;
            freq.put(tok, freq.getOrDefault(tok, 0) + 1);
        }
        System.out.println(freq);
        System.out.println("distinct words: " + freq.size());
        for (Map.Entry<String, Integer> e : freq.entrySet()) {
            if (e.getValue() > 1) System.out.println(e.getKey() + " -> " + e.getValue());
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(freq.entrySet());
        entries.sort((x, y) -> y.getValue() != x.getValue().intValue()
                ? y.getValue() - x.getValue() : x.getKey().compareTo(y.getKey()));
        System.out.print("top 3:");
        for (int i = 0; i < 3; i++) System.out.print(" " + entries.get(i).getKey() + "=" + entries.get(i).getValue());
        System.out.println();
        Map<Integer, List<String>> byLength = new HashMap<>();
        for (String w : freq.keySet()) {
            byLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        }
        List<Integer> lengths = new ArrayList<>(byLength.keySet());
        Collections.sort(lengths);
        for (int len : lengths) System.out.println(len + ": " + byLength.get(len));
        TreeMap<Character, Integer> letters = new TreeMap<>();
        for (char c : text.toCharArray()) {
            if (Character.isLetter(c)) letters.merge(Character.toLowerCase(c), 1, Integer::sum);
        }
        System.out.println("first letter " + letters.firstKey() + ", last letter " + letters.lastKey());
        System.out.println("o count " + letters.get('o') + ", e count " + letters.get('e'));
        System.out.println("contains 'z'? " + letters.containsKey('z') + ", 'x'? " + letters.containsKey('x'));
        System.out.println(letters.headMap('e'));
    }
}
