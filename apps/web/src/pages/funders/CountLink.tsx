import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * A count in a funder report's table: a link to the records behind it when there are some
 * and the member may read them (`to`), else the plain number.
 */
export function CountLink(props: {
  count: number;
  /** What is counted, said with the link ("Parents, phone"). */
  what: string;
  to?: string;
}) {
  const { t, i18n } = useTranslation();
  const value = new Intl.NumberFormat(i18n.language).format(props.count);
  if (!props.to || props.count === 0) return <>{value}</>;
  return (
    <Anchor
      component={Link}
      to={props.to}
      // The cell's size and weight (a total is bold).
      inherit
      aria-label={t('funders.behindLink', { count: props.count, what: props.what })}
    >
      {value}
    </Anchor>
  );
}
