#include <bits/stdc++.h>
using namespace std;

class Account {
private:
    string owner;
    long long balance;
    int transactions;

public:
    Account(string name, long long initial) : owner(name), balance(initial), transactions(0) {}

    bool withdraw(long long amount) {
        if (amount > balance) return false;
        balance -= amount;
        transactions++;
        return true;
    }

    void deposit(long long amount) {
        balance += amount;
        transactions++;
    }

    long long getBalance() const { return balance; }
    string getOwner() const { return owner; }
    int getTransactions() const { return transactions; }
};

bool transfer(Account& from, Account& to, long long amount) {
    if (!from.withdraw(amount)) return false;
    to.deposit(amount);
    return true;
}

int main() {
    Account a("Ann", 1000), b("Ben", 250);
    a.deposit(500);
    cout << a.getOwner() << ": " << a.getBalance() << endl;
    cout << "withdraw 2000: " << (a.withdraw(2000) ? "ok" : "denied") << endl;
    cout << "transfer 700: " << (transfer(a, b, 700) ? "ok" : "denied") << endl;
    cout << "transfer 5000: " << (transfer(b, a, 5000) ? "ok" : "denied") << endl;
    vector<Account> all = {a, b, Account("Cy", 3000000000LL)};
    for (auto& acc : all) {
        acc.deposit(100);
        cout << acc.getOwner() << " balance " << acc.getBalance() << " after " << acc.getTransactions() << " transactions" << endl;
    }
    long long sum = 0;
    for (const auto& acc : all) sum += acc.getBalance();
    cout << "Total: " << sum << endl;
    cout << "Original a still: " << a.getBalance() << endl;
    return 0;
}
