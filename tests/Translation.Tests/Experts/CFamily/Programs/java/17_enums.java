public class Main {
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6),
        EARTH(5.976e+24, 6.37814e6),
        JUPITER(1.9e+27, 7.1492e7);

        private final double mass;
        private final double radius;
        static final double G = 6.67300E-11;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double surfaceGravity() { return G * mass / (radius * radius); }

        double surfaceWeight(double otherMass) { return otherMass * surfaceGravity(); }
    }

    enum Direction {
        NORTH, EAST, SOUTH, WEST;

        Direction turnRight() { return values()[(ordinal() + 1) % values().length]; }

        Direction opposite() {
            switch (this) {
                case NORTH: return SOUTH;
                case SOUTH: return NORTH;
                case EAST: return WEST;
                default: return EAST;
            }
        }
    }

    enum Level { LOW, MEDIUM, HIGH }

    static String advice(Level level) {
        String s = switch (level) {
            case LOW -> "relax";
            case MEDIUM -> "watch";
            case HIGH -> "act now";
        };
        return level.name().toLowerCase() + ": " + s;
    }

    public static void main(String[] args) {
        double earthWeight = 70.0;
        double mass = earthWeight / Planet.EARTH.surfaceGravity();
        for (Planet p : Planet.values()) {
            System.out.printf("Weight on %s is %.2f%n", p, p.surfaceWeight(mass));
        }
        Direction d = Direction.NORTH;
        for (int i = 0; i < 5; i++) {
            System.out.print(d + (i < 4 ? " -> " : "\n"));
            d = d.turnRight();
        }
        for (Direction x : Direction.values()) {
            System.out.println(x.ordinal() + " " + x.name() + " opposite " + x.opposite());
        }
        System.out.println(Direction.valueOf("WEST") == Direction.WEST);
        System.out.println(Direction.EAST.compareTo(Direction.WEST));
        for (Level l : Level.values()) System.out.println(advice(l));
        Level l = Level.MEDIUM;
        switch (l) {
            case LOW:
                System.out.println("is low");
                break;
            case MEDIUM:
                System.out.println("is medium");
            case HIGH:
                System.out.println("falls through to high");
                break;
        }
        System.out.println(l.equals(Level.MEDIUM) + " " + (l == Level.HIGH));
    }
}
