C     Explicit 1-D heat diffusion, FORTRAN 77 fixed form: labelled DO loops
C     sharing a CONTINUE, PARAMETER, DOUBLE PRECISION, implicit typing.
      PROGRAM HEAT
      IMPLICIT DOUBLE PRECISION (A-H,O-Z)
      PARAMETER (N = 12, NSTEP = 40)
      DIMENSION U(0:N+1), UNEW(0:N+1)
      ALPHA = 0.25D0
      DO 10 I = 0, N + 1
         U(I) = 0.0D0
   10 CONTINUE
      U(N/2) = 100.0D0
      DO 30 K = 1, NSTEP
         DO 20 I = 1, N
            UNEW(I) = U(I) + ALPHA*(U(I-1) - 2.0D0*U(I) + U(I+1))
   20    CONTINUE
         DO 25 I = 1, N
            U(I) = UNEW(I)
   25    CONTINUE
   30 CONTINUE
      TOTAL = 0.0D0
      DO 40 I = 1, N
   40 TOTAL = TOTAL + U(I)
      WRITE (*, 100) TOTAL
  100 FORMAT (' TOTAL =', F12.6)
      WRITE (*, 110) (U(I), I = 1, N)
  110 FORMAT (4F10.4)
      PRINT *, 'PEAK', U(N/2), 'STEPS', NSTEP
      END
