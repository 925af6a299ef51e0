import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

public class Main {
    static final int[] DR = {-1, 1, 0, 0};
    static final int[] DC = {0, 0, -1, 1};

    static int shortestPath(char[][] grid, int sr, int sc, int tr, int tc) {
        int rows = grid.length, cols = grid[0].length;
        int[][] dist = new int[rows][cols];
        for (int[] row : dist) Arrays.fill(row, -1);
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {sr, sc});
        dist[sr][sc] = 0;
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            if (cur[0] == tr && cur[1] == tc) return dist[tr][tc];
            for (int d = 0; d < 4; d++) {
                int nr = cur[0] + DR[d], nc = cur[1] + DC[d];
                if (nr < 0 || nc < 0 || nr >= rows || nc >= cols) continue;
                if (grid[nr][nc] == '#' || dist[nr][nc] != -1) continue;
                dist[nr][nc] = dist[cur[0]][cur[1]] + 1;
                queue.add(new int[] {nr, nc});
            }
        }
        return -1;
    }

    static int countIslands(char[][] grid) {
        int rows = grid.length, cols = grid[0].length, islands = 0;
        boolean[][] seen = new boolean[rows][cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] != '#' || seen[r][c]) continue;
                islands++;
                Deque<Integer> stack = new ArrayDeque<>();
                stack.push(r * cols + c);
                seen[r][c] = true;
                while (!stack.isEmpty()) {
                    int code = stack.pop();
                    int cr = code / cols, cc = code % cols;
                    for (int d = 0; d < 4; d++) {
                        int nr = cr + DR[d], nc = cc + DC[d];
                        if (nr >= 0 && nc >= 0 && nr < rows && nc < cols && grid[nr][nc] == '#' && !seen[nr][nc]) {
                            seen[nr][nc] = true;
                            stack.push(nr * cols + nc);
                        }
                    }
                }
            }
        return islands;
    }

    public static void main(String[] args) {
        String[] maze = {
            "S..#....",
            ".#.#.##.",
            ".#...#..",
            ".####.#.",
            "......#T",
        };
        char[][] grid = new char[maze.length][];
        for (int i = 0; i < maze.length; i++) grid[i] = maze[i].toCharArray();
        System.out.println("rows=" + grid.length + " cols=" + grid[0].length);
        System.out.println("S->T: " + shortestPath(grid, 0, 0, 4, 7));
        System.out.println("S->(2,4): " + shortestPath(grid, 0, 0, 2, 4));
        grid[2][7] = '#';
        grid[1][7] = '#';
        System.out.println("blocked S->T: " + shortestPath(grid, 0, 0, 4, 7));
        System.out.println("islands: " + countIslands(grid));
        for (char[] row : grid) System.out.println(new String(row));
    }
}
