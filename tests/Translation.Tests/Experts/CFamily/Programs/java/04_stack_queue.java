import java.util.NoSuchElementException;

public class Main {
    static class ArrayStack<T> {
        private Object[] data = new Object[2];
        private int size = 0;

        void push(T item) {
            if (size == data.length) {
                Object[] bigger = new Object[data.length * 2];
                for (int i = 0; i < size; i++) bigger[i] = data[i];
                data = bigger;
            }
            data[size++] = item;
        }

        @SuppressWarnings("unchecked")
        T pop() {
            if (size == 0) throw new RuntimeException("stack underflow");
            T item = (T) data[--size];
            data[size] = null;
            return item;
        }

        @SuppressWarnings("unchecked")
        T peek() { return (T) data[size - 1]; }

        boolean isEmpty() { return size == 0; }

        int size() { return size; }
    }

    static class LinkedQueue<T> {
        private static class Node<T> {
            T value;
            Node<T> next;
            Node(T value) { this.value = value; }
        }

        private Node<T> head, tail;
        private int count;

        void enqueue(T value) {
            Node<T> n = new Node<>(value);
            if (tail == null) { head = tail = n; } else { tail.next = n; tail = n; }
            count++;
        }

        T dequeue() {
            if (head == null) throw new NoSuchElementException("queue empty");
            T v = head.value;
            head = head.next;
            if (head == null) tail = null;
            count--;
            return v;
        }

        int size() { return count; }
    }

    public static void main(String[] args) {
        ArrayStack<Integer> stack = new ArrayStack<>();
        for (int i = 1; i <= 6; i++) stack.push(i * i);
        System.out.println("stack size " + stack.size() + ", top " + stack.peek());
        StringBuilder sb = new StringBuilder();
        while (!stack.isEmpty()) sb.append(stack.pop()).append(' ');
        System.out.println("popped: " + sb.toString().trim());
        try {
            stack.pop();
        } catch (RuntimeException e) {
            System.out.println("error: " + e.getMessage());
        }
        LinkedQueue<String> q = new LinkedQueue<>();
        String[] names = {"ann", "ben", "cat", "dan"};
        for (String n : names) q.enqueue(n);
        System.out.println("queue size " + q.size());
        System.out.println("first out: " + q.dequeue());
        q.enqueue("eve");
        while (q.size() > 0) System.out.print(q.dequeue() + (q.size() > 0 ? "," : "\n"));
        try {
            q.dequeue();
        } catch (NoSuchElementException e) {
            System.out.println("error: " + e.getMessage());
        }
    }
}
