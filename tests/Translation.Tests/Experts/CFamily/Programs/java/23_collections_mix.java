import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>(Arrays.asList(5, 3, 8, 1, 9, 2, 8));
        System.out.println(nums + " size " + nums.size());
        nums.add(0, 7);
        nums.remove(Integer.valueOf(8));
        nums.remove(0);
        nums.set(1, 33);
        System.out.println(nums + " contains 9? " + nums.contains(9) + " index of 2: " + nums.indexOf(2));
        Collections.sort(nums);
        System.out.println("sorted " + nums + " max " + Collections.max(nums) + " min " + Collections.min(nums));
        Collections.reverse(nums);
        System.out.println("reversed " + nums + " sub " + nums.subList(1, 3));
        nums.sort(Comparator.reverseOrder());
        nums.removeIf(n -> n % 2 == 0);
        System.out.println("odd desc " + nums);
        LinkedList<String> ll = new LinkedList<>();
        ll.add("b");
        ll.addFirst("a");
        ll.addLast("c");
        ll.add(1, "x");
        System.out.println(ll + " first " + ll.getFirst() + " last " + ll.getLast());
        ll.removeFirst();
        ll.pollLast();
        System.out.println(ll);
        Set<String> seen = new HashSet<>();
        List<String> dupes = new ArrayList<>();
        for (String w : "to be or not to be that is the question".split(" ")) {
            if (!seen.add(w)) dupes.add(w);
        }
        System.out.println("dupes " + dupes + ", distinct " + seen.size() + ", has 'or' " + seen.contains("or"));
        TreeSet<String> sortedWords = new TreeSet<>(seen);
        System.out.println(sortedWords);
        System.out.println(sortedWords.first() + " " + sortedWords.last() + " " + sortedWords.ceiling("p") + " " + sortedWords.floor("p"));
        TreeSet<Integer> ts = new TreeSet<>(Arrays.asList(40, 10, 30, 20, 50));
        System.out.println(ts.headSet(30) + " " + ts.tailSet(30) + " " + ts.higher(30) + " " + ts.lower(10));
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        dq.offerFirst(2);
        dq.offerLast(3);
        dq.push(1);
        dq.addLast(4);
        System.out.println(dq + " peekFirst " + dq.peekFirst() + " peekLast " + dq.peekLast());
        System.out.println(dq.pollFirst() + " " + dq.pollLast() + " " + dq);
        Map<String, Integer> ages = new HashMap<>();
        ages.put("zed", 40);
        ages.put("amy", 25);
        ages.put("kim", 31);
        ages.put("amy", 26);
        List<String> keys = new ArrayList<>(ages.keySet());
        Collections.sort(keys);
        for (String k : keys) System.out.print(k + ":" + ages.get(k) + " ");
        System.out.println();
        int total = 0;
        for (int a : ages.values()) total += a;
        System.out.println("total age " + total + ", has bob " + ages.containsKey("bob") + ", bob -> " + ages.get("bob"));
        Iterator<Integer> it = ts.iterator();
        while (it.hasNext()) if (it.next() % 20 == 0) it.remove();
        System.out.println(ts + " empty? " + ts.isEmpty());
        int[] arr = new int[6];
        Arrays.fill(arr, 7);
        arr[2] = 1;
        System.out.println(Arrays.toString(arr) + " " + Arrays.stream(arr).sum());
        List<Integer> fixed = List.of(3, 1, 2);
        List<Integer> copy = new ArrayList<>(fixed);
        Collections.swap(copy, 0, 2);
        System.out.println(fixed + " " + copy + " freq of 7: " + Collections.frequency(Arrays.asList(7, 1, 7), 7));
    }
}
