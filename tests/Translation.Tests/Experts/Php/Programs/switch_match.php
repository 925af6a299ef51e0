<?php
function dayType($d) {
    switch ($d) {
        case "sat":
        case "sun":
            return "weekend";
        case "fri":
            $r = "almost weekend";
            break;
        default:
            $r = "weekday";
    }
    return $r;
}
function grade($score) {
    return match(true) {
        $score >= 90 => "A",
        $score >= 80 => "B",
        $score >= 70 => "C",
        default => "F",
    };
}
function httpStatus($code) {
    return match($code) {
        200, 201 => "OK",
        404 => "Not Found",
        500 => "Server Error",
        default => "Unknown",
    };
}
foreach (["mon", "fri", "sun"] as $d) echo "$d: " . dayType($d) . "\n";
foreach ([95, 85, 72, 40] as $s) echo "$s => " . grade($s) . "\n";
foreach ([200, 201, 404, 418] as $c) echo "$c " . httpStatus($c) . "\n";
