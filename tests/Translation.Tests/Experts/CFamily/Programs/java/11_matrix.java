public class Main {
    static int[][] multiply(int[][] a, int[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        int[][] c = new int[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                int s = 0;
                for (int x = 0; x < k; x++) s += a[i][x] * b[x][j];
                c[i][j] = s;
            }
        return c;
    }

    static int[][] transpose(int[][] a) {
        int[][] t = new int[a[0].length][a.length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
        return t;
    }

    static void print(String label, int[][] m) {
        System.out.println(label + ":");
        for (int[] row : m) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < row.length; j++) {
                sb.append(String.format("%4d", row[j]));
            }
            System.out.println(sb);
        }
    }

    static int trace(int[][] m) {
        int t = 0;
        for (int i = 0; i < m.length; i++) t += m[i][i];
        return t;
    }

    static int[][] rotate(int[][] m) {
        int n = m.length;
        int[][] r = new int[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) r[j][n - 1 - i] = m[i][j];
        return r;
    }

    public static void main(String[] args) {
        int[][] a = {{1, 2, 3}, {4, 5, 6}};
        int[][] b = {{7, 8}, {9, 10}, {11, 12}};
        print("A", a);
        print("B", b);
        int[][] c = multiply(a, b);
        print("A x B", c);
        print("A^T", transpose(a));
        int[][] sq = {{2, -1, 0}, {1, 3, -2}, {0, 4, 1}};
        System.out.println("trace = " + trace(sq));
        print("rotated", rotate(sq));
        int[][] p = sq;
        for (int i = 0; i < 2; i++) p = multiply(p, sq);
        print("sq^3", p);
        int[][] jagged = new int[4][];
        for (int i = 0; i < jagged.length; i++) {
            jagged[i] = new int[i + 1];
            jagged[i][0] = jagged[i][i] = 1;
            for (int j = 1; j < i; j++) jagged[i][j] = jagged[i - 1][j - 1] + jagged[i - 1][j];
        }
        for (int[] row : jagged) System.out.println(java.util.Arrays.toString(row));
        double[][] d = new double[2][2];
        d[0][0] = 1.5; d[1][1] = 2.0 / 3;
        System.out.println(java.util.Arrays.deepToString(d));
        System.out.println("rows=" + c.length + " cols=" + c[0].length);
    }
}
