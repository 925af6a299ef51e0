import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

public class Main {
    static class Student {
        private final String name;
        private final int[] scores;

        Student(String name, int... scores) {
            this.name = name;
            this.scores = scores;
        }

        String getName() { return name; }

        double average() {
            int sum = 0;
            for (int s : scores) sum += s;
            return (double) sum / scores.length;
        }

        int best() {
            int b = Integer.MIN_VALUE;
            for (int s : scores) b = Math.max(b, s);
            return b;
        }

        char letter() {
            int avg = (int) average();
            switch (avg / 10) {
                case 10:
                case 9:
                    return 'A';
                case 8:
                    return 'B';
                case 7:
                    return 'C';
                case 6:
                    return 'D';
                default:
                    return 'F';
            }
        }

        @Override
        public String toString() {
            return String.format("%-6s avg=%6.2f best=%3d grade=%c", name, average(), best(), letter());
        }
    }

    public static void main(String[] args) {
        List<Student> students = new ArrayList<>();
        students.add(new Student("Maya", 92, 88, 95));
        students.add(new Student("Leo", 71, 64, 80, 77));
        students.add(new Student("Zoe", 55, 62));
        students.add(new Student("Ada", 100, 99, 98));
        students.add(new Student("Ben", 85, 85, 86));
        for (Student s : students) System.out.println(s);
        Collections.sort(students, Comparator.comparing(Student::getName));
        System.out.print("by name:");
        for (Student s : students) System.out.print(" " + s.getName());
        System.out.println();
        students.sort((x, y) -> Double.compare(y.average(), x.average()));
        System.out.print("by average desc:");
        for (Student s : students) System.out.print(" " + s.getName());
        System.out.println();
        students.sort(Comparator.comparingInt(Student::best).thenComparing(Student::getName));
        System.out.println("lowest best: " + students.get(0).getName());
        double classTotal = 0;
        for (Student s : students) classTotal += s.average();
        System.out.println("class average: " + classTotal / students.size());
        System.out.println("Leo average: " + new Student("Leo", 71, 64, 80, 77).average());
        int[] counts = new int[5];
        for (Student s : students) counts[s.letter() == 'F' ? 4 : s.letter() - 'A']++;
        System.out.println("A=" + counts[0] + " B=" + counts[1] + " C=" + counts[2] + " D=" + counts[3] + " F=" + counts[4]);
        Student top = Collections.max(students, Comparator.comparingDouble(Student::average));
        System.out.println("top: " + top.getName());
    }
}
