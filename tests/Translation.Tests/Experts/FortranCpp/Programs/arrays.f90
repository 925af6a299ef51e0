! Allocatable arrays, whole-array and section assignment, array constructors, intrinsics, 2-D column-major layout.
program arrays
  implicit none
  integer, parameter :: n = 8
  real, allocatable :: x(:), y(:)
  integer :: grid(3, 4), i, j
  integer :: v(5) = (/ 5, 3, 9, 1, 7 /)
  real :: s

  allocate(x(n), y(n))
  do i = 1, n
    x(i) = real(i) / 2.0
  end do
  y = 2.0 * x + 1.0
  y(2:4) = x(6:8)
  s = sum(y)
  print *, 'sum', s, 'max', maxval(y), 'min', minval(y)
  print *, 'size', size(x), 'v', maxval(v), sum(v)

  do j = 1, 4
    do i = 1, 3
      grid(i, j) = 10 * i + j
    end do
  end do
  print *, (grid(i, 2), i = 1, 3)
  print *, grid
  print '(3i4)', grid
  print *, nint(2.5), nint(-2.5), floor(-1.5), int(7.9), mod(-7, 3), modulo(-7, 3), abs(-4)
  print *, allocated(x), sqrt(16.0), 2**10, 2.0**3, real(7)/2
  deallocate(x, y)
  print *, allocated(x)
end program arrays
