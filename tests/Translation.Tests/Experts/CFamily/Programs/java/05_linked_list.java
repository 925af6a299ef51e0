public class Main {
    static class Node {
        int val;
        Node next;

        Node(int val) {
            this.val = val;
        }
    }

    static class IntList {
        Node head;
        int size;

        void addFirst(int v) {
            Node n = new Node(v);
            n.next = head;
            head = n;
            size++;
        }

        void addLast(int v) {
            Node n = new Node(v);
            if (head == null) { head = n; } else {
                Node cur = head;
                while (cur.next != null) cur = cur.next;
                cur.next = n;
            }
            size++;
        }

        boolean remove(int v) {
            if (head == null) return false;
            if (head.val == v) { head = head.next; size--; return true; }
            Node cur = head;
            while (cur.next != null && cur.next.val != v) cur = cur.next;
            if (cur.next == null) return false;
            cur.next = cur.next.next;
            size--;
            return true;
        }

        void reverse() {
            Node prev = null, cur = head;
            while (cur != null) {
                Node nxt = cur.next;
                cur.next = prev;
                prev = cur;
                cur = nxt;
            }
            head = prev;
        }

        int middle() {
            Node slow = head, fast = head;
            while (fast != null && fast.next != null) {
                slow = slow.next;
                fast = fast.next.next;
            }
            return slow.val;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (Node c = head; c != null; c = c.next) {
                sb.append(c.val);
                if (c.next != null) sb.append(" -> ");
            }
            return sb.append("]").toString();
        }
    }

    public static void main(String[] args) {
        IntList list = new IntList();
        for (int i = 1; i <= 5; i++) list.addLast(i * 10);
        list.addFirst(5);
        System.out.println(list + " size=" + list.size);
        System.out.println("middle: " + list.middle());
        System.out.println("remove 30: " + list.remove(30));
        System.out.println("remove 99: " + list.remove(99));
        System.out.println("remove 5: " + list.remove(5));
        System.out.println(list + " size=" + list.size);
        list.reverse();
        System.out.println("reversed: " + list);
        IntList empty = new IntList();
        System.out.println("empty: " + empty + " remove -> " + empty.remove(1));
    }
}
