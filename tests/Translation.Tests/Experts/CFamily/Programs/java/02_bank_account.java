class InsufficientFundsException extends Exception {
    private final double shortfall;

    public InsufficientFundsException(String message, double shortfall) {
        super(message);
        this.shortfall = shortfall;
    }

    public double getShortfall() {
        return shortfall;
    }
}

public class Main {
    static class Account {
        private static int nextId = 1000;
        private final int id;
        private String owner;
        private double balance;

        Account(String owner) {
            this(owner, 0.0);
        }

        Account(String owner, double initial) {
            this.id = nextId++;
            this.owner = owner;
            this.balance = initial;
        }

        public double getBalance() { return balance; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }

        void deposit(double amount) {
            if (amount <= 0) {
                throw new IllegalArgumentException("Deposit must be positive: " + amount);
            }
            balance += amount;
        }

        void withdraw(double amount) throws InsufficientFundsException {
            if (amount > balance) {
                throw new InsufficientFundsException("Insufficient funds in " + id, amount - balance);
            }
            balance -= amount;
        }

        @Override
        public String toString() {
            return "Account[" + id + ", " + owner + ", " + String.format("%.2f", balance) + "]";
        }
    }

    public static void main(String[] args) {
        Account a = new Account("Alice", 100.0);
        Account b = new Account("Bob");
        System.out.println(a);
        System.out.println(b);
        a.deposit(50.25);
        b.deposit(20);
        System.out.println("Alice balance: " + a.getBalance());
        System.out.println("Bob balance: " + b.getBalance());
        try {
            b.withdraw(35.5);
            System.out.println("withdrew from Bob");
        } catch (InsufficientFundsException e) {
            System.out.println("Error: " + e.getMessage());
            System.out.printf("Short by %.2f%n", e.getShortfall());
        } finally {
            System.out.println("transaction finished");
        }
        try {
            a.deposit(-5);
        } catch (IllegalArgumentException e) {
            System.out.println("Caught: " + e.getMessage());
        }
        try {
            a.withdraw(30);
            System.out.println("withdrew 30 from Alice");
        } catch (InsufficientFundsException e) {
            System.out.println("unexpected");
        } finally {
            System.out.println("done with Alice");
        }
        b.setOwner("Robert");
        System.out.println(a);
        System.out.println(b.getOwner() + " now owns " + b);
    }
}
