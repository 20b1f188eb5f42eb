import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import WarningIcon from '@material-ui/icons/Warning';
import type { NamespaceReport } from '@readiness/plugin-readiness-common';

const useStyles = makeStyles((theme: Theme) => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  namespace: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(1),
    padding: theme.spacing(0.5, 0),
  },
  name: {
    fontWeight: theme.typography.fontWeightMedium as number,
    minWidth: '12rem',
  },
  gaps: {
    display: 'inline',
    margin: 0,
    padding: 0,
    listStyle: 'none',
    '& > li': { display: 'inline' },
    '& > li:not(:last-child)::after': { content: '", "' },
  },
  isolated: { color: theme.palette.success.main },
  gap: { color: theme.palette.warning.main },
  icon: { fontSize: '1.1rem', marginTop: 2 },
}));

/** Props of {@link NamespaceIsolation}. */
export interface NamespaceIsolationProps {
  /** Name shown in the heading, e.g. the entity's title. */
  entityName: string;
  namespaces: NamespaceReport[];
}

/**
 * The tenancy pillar made concrete for one service: which of its own namespaces lack a quota,
 * default-deny networking, Pod Security or their own service accounts.
 */
export function NamespaceIsolation(props: NamespaceIsolationProps) {
  const { entityName, namespaces } = props;
  const classes = useStyles();
  return (
    <section>
      <Typography variant="subtitle2" component="h4" gutterBottom>
        Tenancy isolation of {entityName}'s namespaces
      </Typography>
      {namespaces.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No namespaces of {entityName} were found on this cluster.
        </Typography>
      ) : (
        <ul className={classes.list}>
          {namespaces.map(namespace => (
            <li key={namespace.name} className={classes.namespace}>
              {namespace.gaps.length === 0 ? (
                <CheckCircleIcon
                  className={`${classes.icon} ${classes.isolated}`}
                  aria-hidden
                />
              ) : (
                <WarningIcon
                  className={`${classes.icon} ${classes.gap}`}
                  aria-hidden
                />
              )}
              <Typography variant="body2" className={classes.name}>
                {namespace.name}
              </Typography>
              {namespace.gaps.length === 0 ? (
                <Typography variant="body2">isolated</Typography>
              ) : (
                <Typography
                  variant="body2"
                  component="ul"
                  className={classes.gaps}
                  aria-label={`Isolation gaps of ${namespace.name}`}
                >
                  {namespace.gaps.map(gap => (
                    <li key={gap}>{gap}</li>
                  ))}
                </Typography>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
