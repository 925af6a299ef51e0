<?php
$i = 0;
do {
    echo $i . " ";
    $i += 3;
} while ($i < 15);
echo "\n";
for ($i = 10; $i > 0; $i -= 3) echo $i . " ";
echo "\n";
for ($i = 0, $j = 10; $i < $j; $i++, $j--) {
    if ($i % 2 == 0) continue;
    echo "($i,$j) ";
}
echo "\n";
$n = 0;
while (true) {
    $n++;
    if ($n > 5) break;
    if ($n == 3) continue;
    echo $n;
}
echo "\nafter: n=$n\n";
for ($k = 0; $k < 5; $k++) {}
echo "k=$k\n";
