public class Main {
    static String reverseWords(String sentence) {
        String[] parts = sentence.trim().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int i = parts.length - 1; i >= 0; i--) {
            sb.append(parts[i]);
            if (i > 0) sb.append(' ');
        }
        return sb.toString();
    }

    static String compress(String s) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i;
            while (j < s.length() && s.charAt(j) == c) j++;
            sb.append(c);
            if (j - i > 1) sb.append(j - i);
            i = j;
        }
        return sb.toString();
    }

    static String capitalize(String word) {
        if (word.isEmpty()) return word;
        return word.substring(0, 1).toUpperCase() + word.substring(1).toLowerCase();
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("hello");
        sb.append(' ').append("world").append(42).append(true);
        System.out.println(sb);
        System.out.println("length " + sb.length());
        sb.insert(0, ">> ");
        System.out.println(sb);
        sb.setCharAt(3, 'H');
        sb.deleteCharAt(sb.length() - 1);
        System.out.println(sb);
        System.out.println(new StringBuilder("stressed").reverse());
        System.out.println(reverseWords("  the quick   brown fox  "));
        System.out.println(compress("aaabccddddde"));
        String text = "  Java Programming Language  ";
        String t = text.trim();
        System.out.println("[" + t + "] " + t.length());
        System.out.println(t.toUpperCase() + " | " + t.toLowerCase());
        System.out.println(t.indexOf("Pro") + " " + t.indexOf('a') + " " + t.lastIndexOf('a') + " " + t.indexOf("xyz"));
        System.out.println(t.contains("gram") + " " + t.startsWith("Java") + " " + t.endsWith("age"));
        System.out.println(t.replace('a', '4').replace("Lang", "LANG"));
        System.out.println(t.substring(5) + "|" + t.substring(5, 16));
        String csv = "red,green,,blue";
        String[] colors = csv.split(",");
        System.out.println(colors.length + " parts");
        for (String c : colors) System.out.print("<" + c + ">");
        System.out.println();
        System.out.println(String.join("-", colors));
        String a = "apple", b = "banana";
        System.out.println(a.compareTo(b) + " " + b.compareTo(a) + " " + a.compareTo("apple"));
        System.out.println(a.equals("apple") + " " + a.equalsIgnoreCase("APPLE"));
        String num = "12345";
        int parsed = Integer.parseInt(num) + 1;
        System.out.println(parsed + " " + String.valueOf(parsed).length() + " " + String.valueOf(3.5));
        char[] chars = "dcba".toCharArray();
        java.util.Arrays.sort(chars);
        System.out.println(new String(chars) + " " + String.valueOf(chars, 1, 2));
        StringBuilder words = new StringBuilder();
        for (String w : "hello big wide world".split(" ")) words.append(capitalize(w)).append(" ");
        System.out.println(words.toString().trim());
        System.out.println("ab".repeat(3) + " " + "x".isEmpty() + " " + "Mississippi".charAt(4));
    }
}
