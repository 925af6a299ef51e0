using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.Java;

/// <summary>
/// The Java collection library beyond lists and maps: TreeMap and TreeSet navigation, priority queues in a
/// comparator's order, comparators built with Comparator and method references, and the methods whose Java
/// overload or answer a careless translation gets wrong. Each program runs against javac's build.
/// </summary>
public sealed class JavaCollectionLibraryTests
{
    [SkippableFact]
    public void NavigableSetsAndMaps_AnswerAndPrintInTheirOrder()
    {
        const string program = """
            import java.util.*;

            public class Main {
                public static void main(String[] args) {
                    TreeSet<Integer> ts = new TreeSet<>(Arrays.asList(40, 10, 30, 20, 50));
                    System.out.println(ts + " " + ts.first() + " " + ts.last());
                    System.out.println(ts.headSet(30) + " " + ts.tailSet(30) + " " + ts.subSet(20, 40));
                    System.out.println(ts.ceiling(25) + " " + ts.floor(25) + " " + ts.higher(50) + " " + ts.lower(10));
                    System.out.println(ts.pollFirst() + " " + ts);
                    Map<String, Integer> m = new TreeMap<>();
                    for (String w : "pear fig apple fig kiwi".split(" ")) m.merge(w, 1, Integer::sum);
                    System.out.println(m);
                    TreeMap<Integer, String> grades = new TreeMap<>();
                    grades.put(90, "A"); grades.put(80, "B"); grades.put(70, "C");
                    System.out.println(grades.floorKey(85) + " " + grades.ceilingKey(85) + " " + grades.firstKey() + " " + grades.lastKey());
                    System.out.println(grades.floorEntry(85).getValue() + " " + grades.headMap(90) + " " + grades.tailMap(80));
                }
            }
            """;
        AssertSameOutput(program);
    }

    [SkippableFact]
    public void ComparatorsAndMethodReferences_OrderAsJavaDoes()
    {
        const string program = """
            import java.util.*;
            import java.util.function.Function;

            public class Main {
                static class Person {
                    final String name; final int age;
                    Person(String name, int age) { this.name = name; this.age = age; }
                    String getName() { return name; }
                    int getAge() { return age; }
                    public String toString() { return name + "(" + age + ")"; }
                }

                static <T, R> List<R> mapAll(List<T> items, Function<T, R> f) {
                    List<R> out = new ArrayList<>();
                    for (T t : items) out.add(f.apply(t));
                    return out;
                }

                public static void main(String[] args) {
                    List<Person> people = new ArrayList<>(List.of(new Person("Zoe", 30), new Person("Ann", 25), new Person("Bob", 30)));
                    people.sort(Comparator.comparing(Person::getName));
                    System.out.println(people);
                    people.sort(Comparator.comparingInt(Person::getAge).reversed().thenComparing(Person::getName));
                    System.out.println(people);
                    people.sort((x, y) -> x.getAge() != y.getAge() ? Integer.compare(x.getAge(), y.getAge()) : y.getName().compareTo(x.getName()));
                    System.out.println(people);
                    System.out.println(Collections.max(people, Comparator.comparing(Person::getName)));
                    System.out.println(mapAll(List.of("a", "bbb", "cc"), String::length));
                    System.out.println(mapAll(List.of("a", "b"), s -> s.toUpperCase() + "!"));
                    List<Integer> nums = new ArrayList<>(List.of(5, 3, 8, 1));
                    nums.sort(Comparator.reverseOrder());
                    System.out.println(nums);
                    PriorityQueue<String> byLength = new PriorityQueue<>((a, b) -> a.length() - b.length());
                    for (String w : new String[] {"banana", "kiwi", "fig", "cherry!"}) byLength.add(w);
                    System.out.println(byLength.poll() + " " + byLength.poll() + " " + byLength.size());
                    PriorityQueue<Person> oldest = new PriorityQueue<>(Comparator.comparingInt(Person::getAge).reversed());
                    oldest.addAll(people);
                    System.out.println(oldest.peek().getAge());
                    PriorityQueue<Integer> heap = new PriorityQueue<>(List.of(7, 2, 9, 4));
                    System.out.println(heap.poll() + " " + heap.poll());
                }
            }
            """;
        AssertSameOutput(program);
    }

    [SkippableFact]
    public void MethodsWhoseOverloadOrAnswerMatters_DoWhatJavaDoes()
    {
        const string program = """
            import java.util.*;

            public class Main {
                public static void main(String[] args) {
                    List<Integer> nums = new ArrayList<>(Arrays.asList(5, 3, 8, 1, 9, 2, 8));
                    nums.remove(Integer.valueOf(8));
                    nums.remove(0);
                    Integer boxed = 9;
                    nums.remove(boxed);
                    System.out.println(nums + " " + nums.remove(Integer.valueOf(42)));
                    Set<String> seen = new HashSet<>();
                    List<String> dupes = new ArrayList<>();
                    for (String w : "to be or not to be".split(" ")) {
                        if (!seen.add(w)) dupes.add(w);
                    }
                    System.out.println(dupes + " " + seen.size());
                    Map<Integer, List<String>> byLength = new HashMap<>();
                    for (String w : "a bb cc d".split(" ")) byLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
                    System.out.println(byLength.get(1) + " " + byLength.get(2));
                    List<Integer> odd = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
                    odd.removeIf(n -> n % 2 == 0);
                    System.out.println(odd + " " + odd.subList(1, 3));
                    odd.subList(0, 2).clear();
                    System.out.println(odd);
                    Stack<String> history = new Stack<>();
                    history.push("home"); history.push("about"); history.push("contact");
                    System.out.println(history.search("home") + " " + history.search("contact") + " " + history.search("x"));
                    System.out.println(Math.cbrt(27.0) + " " + Math.cbrt(-8.0));
                }
            }
            """;
        AssertSameOutput(program);
    }

    [Fact]
    public void ChangesThroughAViewOrOverAWrappedHeap_AreReportedNotLost()
    {
        const string program = """
            import java.util.*;

            public class Main {
                static void f(List<Integer> xs) {
                    xs.subList(0, 2).add(7);
                    Collections.sort(xs.subList(1, 3));
                    PriorityQueue<String> q = new PriorityQueue<>((a, b) -> b.compareTo(a));
                    for (String s : q) System.out.println(s);
                }
            }
            """;

        var result = Translate.Java(program);

        Assert.Contains(result.Warnings, w => w.Message.Contains("through a subList view", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Message.Contains("changing a subList view in place", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Message.Contains("a loop over a priority queue in a comparator's order", StringComparison.Ordinal));
    }

    private static void AssertSameOutput(string program)
    {
        var expected = CompiledSource.RunJava(program);

        var result = Translate.Java(program);

        Assert.Empty(result.Warnings);
        Assert.Equal(expected, ExternalProgram.Python(result.Text));
    }
}
