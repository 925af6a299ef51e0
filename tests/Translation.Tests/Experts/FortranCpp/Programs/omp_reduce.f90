! OpenMP kept: a parallel do with a reduction, a private scratch variable, a critical
! section, and a parallel region with a worksharing do and an if clause.
program omp_reduce
  use omp_lib
  implicit none
  integer, parameter :: n = 1000
  integer :: i, hits
  double precision :: total, t
  double precision, allocatable :: a(:)

  allocate(a(n))
  !$omp parallel do private(t)
  do i = 1, n
    t = dble(i) * 0.5d0
    a(i) = t * t
  end do
  !$omp end parallel do

  total = 0.0d0
  !$omp parallel do reduction(+:total)
  do i = 1, n
    total = total + a(i)
  end do
  !$omp end parallel do

  hits = 0
  !$omp parallel if (n > 10) shared(hits)
  !$omp do
  do i = 1, n
    if (mod(i, 7) == 0) then
      !$omp critical
      hits = hits + 1
      !$omp end critical
    end if
  end do
  !$omp end do
  !$omp end parallel

  print *, 'total', total
  print *, 'hits', hits
end program omp_reduce
