<?php
class InsufficientFunds extends Exception {}
class Account {
    private $balance = 0;
    private $history = [];
    public function __construct(public string $owner) {}
    public function deposit($amount) {
        $this->balance += $amount;
        $this->history[] = "+" . $amount;
        return $this;
    }
    public function withdraw($amount) {
        if ($amount > $this->balance) {
            throw new InsufficientFunds("Cannot withdraw $amount from {$this->owner}");
        }
        $this->balance -= $amount;
        $this->history[] = "-" . $amount;
        return $this;
    }
    public function getBalance() { return $this->balance; }
    public function getHistory() { return $this->history; }
}
$acc = new Account("Ann");
$acc->deposit(100)->withdraw(30)->deposit(12.5);
echo $acc->owner . ": " . $acc->getBalance() . "\n";
try {
    $acc->withdraw(500);
} catch (InsufficientFunds $e) {
    echo $e->getMessage() . "\n";
}
echo implode(", ", $acc->getHistory()) . "\n";
