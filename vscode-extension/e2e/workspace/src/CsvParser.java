public class CsvParser {
    /** Splits one line of comma-separated values into fields. */
    public static String[] parseCsvLine(String line) {
        return line.split(",");
    }
}
