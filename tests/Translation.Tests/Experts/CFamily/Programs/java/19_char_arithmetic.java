public class Main {
    static String caesar(String s, int shift) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 'a' && c <= 'z') sb.append((char) ('a' + (c - 'a' + shift + 26) % 26));
            else if (c >= 'A' && c <= 'Z') sb.append((char) ('A' + (c - 'A' + shift + 26) % 26));
            else sb.append(c);
        }
        return sb.toString();
    }

    static boolean isAnagram(String a, String b) {
        int[] counts = new int[26];
        for (char c : a.toCharArray()) counts[c - 'a']++;
        for (char c : b.toCharArray()) counts[c - 'a']--;
        for (int x : counts) if (x != 0) return false;
        return true;
    }

    static int digitSum(String s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) sum += c - '0';
        }
        return sum;
    }

    static String toBinary(int n) {
        if (n == 0) return "0";
        StringBuilder sb = new StringBuilder();
        while (n > 0) {
            sb.insert(0, (char) ('0' + n % 2));
            n /= 2;
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String msg = "Hello, World! xyz";
        String enc = caesar(msg, 3);
        System.out.println(enc);
        System.out.println(caesar(enc, -3));
        System.out.println(isAnagram("listen", "silent") + " " + isAnagram("apple", "paple") + " " + isAnagram("abc", "abd"));
        System.out.println(digitSum("a1b2c3d45"));
        char c = 'a';
        c++;
        c += 2;
        System.out.println(c);
        System.out.println((int) c);
        System.out.println((char) (c + 1));
        System.out.println(c + 1);
        System.out.println("" + c + 1);
        System.out.println('x' + 'y');
        System.out.println((char) 65 + "" + (char) 97);
        int[] freq = new int[26];
        for (char ch : "mississippi".toCharArray()) freq[ch - 'a']++;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 26; i++) if (freq[i] > 0) sb.append((char) ('a' + i)).append(freq[i]);
        System.out.println(sb);
        System.out.println(Character.toUpperCase('q') + " " + Character.isLetter('5') + " " + Character.isLetterOrDigit('_'));
        System.out.println(Character.isUpperCase('Q') + " " + Character.isWhitespace(' ') + " " + Character.getNumericValue('7'));
        for (int n : new int[] {0, 5, 10, 255}) System.out.print(toBinary(n) + " ");
        System.out.println();
        char[] alphabet = new char[5];
        for (int i = 0; i < alphabet.length; i++) alphabet[i] = (char) ('A' + i * 2);
        System.out.println(new String(alphabet));
        System.out.println(String.valueOf(alphabet).toLowerCase());
        char grade = 'B';
        grade--;
        System.out.println("grade " + grade + " " + (grade < 'C'));
    }
}
