export { formatMomentTime } from '../members/member-parts';
