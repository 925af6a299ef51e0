<?php
$name = "World";
$n = 3;
$user = ["first" => "Ada", "langs" => ["php", "py"]];
$price = 9.5;
echo "Hello, $name! You have $n new messages.\n";
echo "User: {$user['first']} knows {$user['langs'][1]}\n";
echo "Price: \$$price, total {$n} items = " . $price * $n . "\n";
echo 'Single $name\n' . "\n";
echo "Tab\tseparated\tvalues\n";
$ok = true;
$none = null;
echo "bool: [" . $ok . "] [" . false . "] null: [" . $none . "]\n";
echo "Mixed: " . 10 . 20 . " and " . 1.0 . " and " . 1.25 . "\n";
