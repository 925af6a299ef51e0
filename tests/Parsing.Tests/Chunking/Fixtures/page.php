<!DOCTYPE html>
<html>
<head><title><?= htmlspecialchars($title) ?></title></head>
<body>
<?php
namespace App\Views;

use App\Models\User;

interface Renderable
{
    public function render(): string;
}

trait Escapes
{
    protected function e(string $value): string
    {
        return htmlspecialchars($value, ENT_QUOTES);
    }
}

class UserCard implements Renderable
{
    use Escapes;

    private User $user;

    public function __construct(User $user)
    {
        $this->user = $user;
    }

    public function render(): string
    {
        return '<div class="card">' . $this->e($this->user->name) . '</div>';
    }
}

function render_all(array $users): string
{
    return implode('', array_map(fn($u) => (new UserCard($u))->render(), $users));
}
?>
<ul>
<?php foreach ($users as $user): ?>
  <li><?= render_all([$user]) ?></li>
<?php endforeach; ?>
</ul>
</body>
</html>
