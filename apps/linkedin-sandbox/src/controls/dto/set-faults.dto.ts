import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

const RATE = { message: 'must be a number between 0 and 1' };
const DELAY = { message: 'must be a whole number of milliseconds between 0 and 60000' };

/**
 * `POST /__sandbox/faults`: probabilities for post creation (`rate*`, `delayMs`) and for reads
 * of a post's engagement (`readRate*`); omitted ones are 0.
 */
export class SetFaultsDto {
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }, RATE) @Min(0, RATE) @Max(1, RATE) rate429?: number;
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }, RATE) @Min(0, RATE) @Max(1, RATE) rate5xx?: number;
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }, RATE) @Min(0, RATE) @Max(1, RATE) rateDropAfterCommit?: number;
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }, RATE) @Min(0, RATE) @Max(1, RATE) readRate429?: number;
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }, RATE) @Min(0, RATE) @Max(1, RATE) readRate5xx?: number;
  @IsOptional() @IsInt(DELAY) @Min(0, DELAY) @Max(60_000, DELAY) delayMs?: number;
}
