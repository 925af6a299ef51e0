import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Stack;

public class Main {
    static class Task implements Comparable<Task> {
        final String name;
        final int priority;

        Task(String name, int priority) {
            this.name = name;
            this.priority = priority;
        }

        public int compareTo(Task other) {
            if (priority != other.priority) return Integer.compare(other.priority, priority);
            return name.compareTo(other.name);
        }

        public String toString() { return name + "(" + priority + ")"; }
    }

    static boolean balanced(String s) {
        Stack<Character> st = new Stack<>();
        for (char c : s.toCharArray()) {
            if (c == '(' || c == '[' || c == '{') st.push(c);
            else if (c == ')' || c == ']' || c == '}') {
                if (st.isEmpty()) return false;
                char open = st.pop();
                if ((c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{')) return false;
            }
        }
        return st.isEmpty();
    }

    static int evalRpn(String expr) {
        Stack<Integer> st = new Stack<>();
        for (String tok : expr.split(" ")) {
            switch (tok) {
                case "+": st.push(st.pop() + st.pop()); break;
                case "*": st.push(st.pop() * st.pop()); break;
                case "-": { int b = st.pop(), a = st.pop(); st.push(a - b); break; }
                case "/": { int b = st.pop(), a = st.pop(); st.push(a / b); break; }
                default: st.push(Integer.parseInt(tok));
            }
        }
        return st.peek();
    }

    public static void main(String[] args) {
        PriorityQueue<Task> pq = new PriorityQueue<>();
        pq.add(new Task("write", 2));
        pq.add(new Task("deploy", 5));
        pq.add(new Task("test", 5));
        pq.add(new Task("lunch", 1));
        pq.offer(new Task("review", 3));
        System.out.println("peek: " + pq.peek() + ", size " + pq.size());
        while (!pq.isEmpty()) System.out.print(pq.poll() + " ");
        System.out.println();
        PriorityQueue<Integer> minHeap = new PriorityQueue<>();
        PriorityQueue<Integer> maxHeap = new PriorityQueue<>(Collections.reverseOrder());
        int[] nums = {9, 4, 7, 1, 8, 2, 6};
        for (int n : nums) { minHeap.add(n); maxHeap.add(n); }
        List<Integer> mins = new ArrayList<>();
        for (int i = 0; i < 3; i++) mins.add(minHeap.poll());
        System.out.println("3 smallest " + mins + ", largest " + maxHeap.poll() + " then " + maxHeap.peek());
        PriorityQueue<String> byLen = new PriorityQueue<>((a, b) -> a.length() - b.length());
        for (String w : new String[] {"banana", "kiwi", "fig", "cherry!"}) byLen.add(w);
        System.out.println("shortest: " + byLen.poll() + ", next " + byLen.poll());
        for (String s : new String[] {"([]{})", "([)]", "((", "{[()()]}"}) {
            System.out.println(s + " balanced: " + balanced(s));
        }
        System.out.println("rpn: " + evalRpn("3 4 + 2 * 7 -"));
        System.out.println("rpn: " + evalRpn("20 -3 / 5 +"));
        Stack<String> history = new Stack<>();
        history.push("home");
        history.push("about");
        history.push("contact");
        System.out.println(history + " top=" + history.peek() + " size=" + history.size());
        history.pop();
        System.out.println("back to " + history.peek() + ", search home: " + history.search("home"));
    }
}
