<?php
class TreeNode {
    public $left = null;
    public $right = null;
    public function __construct(public $val) {}
}
class BST {
    public $root = null;
    public function insert($v) { $this->root = $this->insertAt($this->root, $v); }
    private function insertAt($node, $v) {
        if ($node === null) return new TreeNode($v);
        if ($v < $node->val) $node->left = $this->insertAt($node->left, $v);
        else $node->right = $this->insertAt($node->right, $v);
        return $node;
    }
    public function inorder($node, &$out) {
        if ($node === null) return;
        $this->inorder($node->left, $out);
        $out[] = $node->val;
        $this->inorder($node->right, $out);
    }
    public function height($node) {
        return $node === null ? 0 : 1 + max($this->height($node->left), $this->height($node->right));
    }
}
$t = new BST();
foreach ([50, 30, 70, 20, 40, 60, 80, 35] as $v) $t->insert($v);
$out = [];
$t->inorder($t->root, $out);
echo implode(" ", $out) . "\n";
echo "height: " . $t->height($t->root) . "\n";
