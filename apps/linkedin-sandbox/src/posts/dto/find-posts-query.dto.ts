import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { AUTHOR_URN, REQUIRED } from './create-post.dto';

export const POSTS_SORT_ORDERS = ['LAST_MODIFIED', 'CREATED'];

/** `GET /rest/posts?q=author&author=<urn>&count=&start=&sortBy=` (URN encoded as Rest.li 2.0 does). */
export class FindPostsQueryDto {
  @IsDefined(REQUIRED) @IsIn(['author'], { message: '"$value" is not a finder of posts' }) q!: string;

  @IsDefined(REQUIRED) @IsString({ message: 'must be a string' }) @Matches(AUTHOR_URN, { message: '"$value" is not an author URN' })
  author!: string;

  @IsOptional() @Type(() => Number) @IsInt({ message: 'must be an integer' }) @Min(1, { message: 'must be at least 1' }) @Max(100, { message: 'must be at most 100' })
  count?: number;

  @IsOptional() @Type(() => Number) @IsInt({ message: 'must be an integer' }) @Min(0, { message: 'must not be negative' })
  start?: number;

  @IsOptional() @IsIn(POSTS_SORT_ORDERS, { message: `"$value" is not one of ${POSTS_SORT_ORDERS.join(', ')}` })
  sortBy?: string;
}
