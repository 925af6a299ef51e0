import java.util.Arrays;

public class Main {
    static int binarySearch(int[] a, int target) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            if (a[mid] == target) return mid;
            if (a[mid] < target) lo = mid + 1;
            else hi = mid - 1;
        }
        return -(lo + 1);
    }

    static int lowerBound(int[] a, int target) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < target) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    static String pairWithSum(int[] sorted, int sum) {
        int i = 0, j = sorted.length - 1;
        while (i < j) {
            int s = sorted[i] + sorted[j];
            if (s == sum) return "(" + sorted[i] + ", " + sorted[j] + ")";
            if (s < sum) i++; else j--;
        }
        return "none";
    }

    static int removeDuplicates(int[] a) {
        if (a.length == 0) return 0;
        int w = 1;
        for (int r = 1; r < a.length; r++) if (a[r] != a[w - 1]) a[w++] = a[r];
        return w;
    }

    static int maxWindowSum(int[] a, int k) {
        int sum = 0;
        for (int i = 0; i < k; i++) sum += a[i];
        int best = sum;
        for (int i = k; i < a.length; i++) {
            sum += a[i] - a[i - k];
            best = Math.max(best, sum);
        }
        return best;
    }

    public static void main(String[] args) {
        int[] data = {42, 7, 19, 3, 88, 19, 56, 7, 23, 61, 3, 100};
        int[] original = data.clone();
        Arrays.sort(data);
        System.out.println("sorted: " + Arrays.toString(data));
        System.out.println("original: " + Arrays.toString(original));
        for (int t : new int[] {23, 100, 3, 50, -4}) {
            System.out.println("search " + t + " -> " + binarySearch(data, t) + ", lower bound " + lowerBound(data, t));
        }
        System.out.println("pair summing to 79: " + pairWithSum(data, 79));
        System.out.println("pair summing to 1000: " + pairWithSum(data, 1000));
        System.out.println("window max (3): " + maxWindowSum(original, 3));
        int n = removeDuplicates(data);
        System.out.println("unique count " + n + ": " + Arrays.toString(Arrays.copyOf(data, n)));
        String[] words = {"pear", "apple", "fig", "banana", "cherry"};
        Arrays.sort(words);
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, (x, y) -> x.length() != y.length() ? x.length() - y.length() : x.compareTo(y));
        System.out.println(Arrays.toString(words));
        System.out.println("index of fig: " + Arrays.asList(words).indexOf("fig"));
    }
}
