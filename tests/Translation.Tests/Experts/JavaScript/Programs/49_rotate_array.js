function rotate(nums, k) {
  k = k % nums.length;
  const reverse = (arr, i, j) => {
    while (i < j) {
      const t = arr[i];
      arr[i] = arr[j];
      arr[j] = t;
      i++;
      j--;
    }
  };
  reverse(nums, 0, nums.length - 1);
  reverse(nums, 0, k - 1);
  reverse(nums, k, nums.length - 1);
  return nums;
}
console.log(rotate([1, 2, 3, 4, 5, 6, 7], 3).join(","));
console.log(rotate([-1, -100, 3, 99], 2).join(","));
