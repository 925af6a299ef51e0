function permute(nums) {
  const result = [];
  const used = new Array(nums.length).fill(false);
  const current = [];
  function backtrack() {
    if (current.length === nums.length) {
      result.push([...current]);
      return;
    }
    for (let i = 0; i < nums.length; i++) {
      if (used[i]) continue;
      used[i] = true;
      current.push(nums[i]);
      backtrack();
      current.pop();
      used[i] = false;
    }
  }
  backtrack();
  return result;
}
const perms = permute([1, 2, 3]);
console.log(perms.length);
perms.forEach(p => console.log(p.join("")));
