import java.util.ArrayList;
import java.util.List;

public class Main {
    static class TreeNode {
        int key;
        TreeNode left, right;
        TreeNode(int key) { this.key = key; }
    }

    static class BST {
        private TreeNode root;
        private int count;
        void insert(int key) { root = insert(root, key); }
        private TreeNode insert(TreeNode node, int key) {
            if (node == null) { count++; return new TreeNode(key); }
            if (key < node.key) node.left = insert(node.left, key);
            else if (key > node.key) node.right = insert(node.right, key);
            return node;
        }
        boolean contains(int key) {
            TreeNode cur = root;
            while (cur != null) {
                if (key == cur.key) return true;
                cur = key < cur.key ? cur.left : cur.right;
            }
            return false;
        }

        int height() { return height(root); }

        private int height(TreeNode n) {
            return n == null ? 0 : 1 + Math.max(height(n.left), height(n.right));
        }

        void inorder(TreeNode n, List<Integer> out) {
            if (n == null) return;
            inorder(n.left, out);
            out.add(n.key);
            inorder(n.right, out);
        }

        void preorder(TreeNode n, StringBuilder sb) {
            if (n == null) return;
            sb.append(n.key).append(' ');
            preorder(n.left, sb);
            preorder(n.right, sb);
        }

        void postorder(TreeNode n, StringBuilder sb) {
            if (n == null) return;
            postorder(n.left, sb);
            postorder(n.right, sb);
            sb.append(n.key).append(' ');
        }

        int min() {
            TreeNode n = root;
            while (n.left != null) n = n.left;
            return n.key;
        }

        int sum(TreeNode n) { return n == null ? 0 : n.key + sum(n.left) + sum(n.right); }
    }

    public static void main(String[] args) {
        BST tree = new BST();
        int[] keys = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 50};
        for (int k : keys) tree.insert(k);
        List<Integer> sorted = new ArrayList<>();
        tree.inorder(tree.root, sorted);
        System.out.println("inorder: " + sorted);
        StringBuilder pre = new StringBuilder();
        tree.preorder(tree.root, pre);
        System.out.println("preorder: " + pre.toString().trim());
        StringBuilder post = new StringBuilder();
        tree.postorder(tree.root, post);
        System.out.println("postorder: " + post.toString().trim());
        System.out.println("count=" + tree.count + " height=" + tree.height() + " min=" + tree.min());
        System.out.println("sum=" + tree.sum(tree.root));
        for (int q : new int[] {45, 55, 80}) {
            System.out.println("contains " + q + ": " + tree.contains(q));
        }
        double avg = (double) tree.sum(tree.root) / tree.count;
        System.out.println("average key: " + avg);
    }
}
