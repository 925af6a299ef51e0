C     Integer arithmetic, DO WHILE, block IF / ELSE IF, MOD, MIN and a
C     continued statement (column 6).
      PROGRAM COLLATZ
      INTEGER I, N, STEPS, LONGEST, BEST
      LONGEST = 0
      BEST = 0
      DO 20 I = 1, 30
         N = I
         STEPS = 0
         DO WHILE (N .NE. 1)
            IF (MOD(N, 2) .EQ. 0) THEN
               N = N / 2
            ELSE
               N = 3 * N
     &             + 1
            END IF
            STEPS = STEPS + 1
         END DO
         IF (STEPS .GT. LONGEST) THEN
            LONGEST = STEPS
            BEST = I
         ELSE IF (STEPS .EQ. LONGEST) THEN
            BEST = MIN(BEST, I)
         END IF
   20 CONTINUE
      WRITE (*, 100) BEST, LONGEST
  100 FORMAT (' START', I4, ' TAKES', I5, ' STEPS')
      END
