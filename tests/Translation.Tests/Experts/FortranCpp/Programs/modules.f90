! Modules with USE, functions and subroutines with INTENT, SELECT CASE, DO WHILE, EXIT/CYCLE.
module geometry
  implicit none
  integer, parameter :: dp = kind(1.0d0)
  real(dp), parameter :: pi = 3.141592653589793_dp
  integer :: calls = 0
contains
  function circle_area(r) result(area)
    real(dp), intent(in) :: r
    real(dp) :: area
    calls = calls + 1
    area = pi * r**2
  end function circle_area

  subroutine classify(n, label)
    integer, intent(in) :: n
    character(len=8), intent(out) :: label
    select case (n)
    case (:0)
      label = 'none'
    case (1, 2)
      label = 'few'
    case (3:9)
      label = 'several'
    case default
      label = 'many'
    end select
  end subroutine classify
end module geometry

program shapes
  use geometry
  implicit none
  integer :: i, total
  character(len=8) :: word
  real(dp) :: a

  do i = 0, 12, 3
    call classify(i, word)
    print *, i, trim(word)
  end do

  total = 0
  i = 0
  do while (.true.)
    i = i + 1
    if (mod(i, 3) == 0) cycle
    if (i > 10) exit
    total = total + i
  end do
  print *, 'total', total

  a = circle_area(2.0_dp)
  write (*, '(a, f10.5, a, i2)') 'area ', a, ' calls', calls
  write (*, '(es12.4)') circle_area(0.5_dp)
end program shapes
