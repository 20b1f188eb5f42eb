import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import type { Risk } from '@readiness/plugin-readiness-common';
import { AffectedObjects } from '../CheckDetails';

const useStyles = makeStyles((theme: Theme) => ({
  list: {
    margin: 0,
    paddingLeft: theme.spacing(2.5),
  },
  risk: {
    padding: theme.spacing(0.5, 0),
  },
  title: {
    marginRight: theme.spacing(1),
  },
  // Something that bites today is an incident in waiting: the theme's error colour, in words.
  imminent: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.getContrastText(theme.palette.error.main),
  },
}));

/** "now", "in 1 day", "in 9 days"; null when the risk has no known date. */
export function timeToImpact(days: number | null): string | null {
  if (days === null) return null;
  if (days <= 0) return 'now';
  return days === 1 ? 'in 1 day' : `in ${days} days`;
}

/** Props of {@link ClusterRisks}. @internal */
export interface ClusterRisksProps {
  /** Most urgent first, as the API orders them. */
  risks: Risk[];
  /** Show at most this many, then count the rest; all when absent. */
  limit?: number;
  /** Also list each risk's objects; the full cluster page has room for them. */
  showObjects?: boolean;
}

/**
 * "What will fail first": the rubric's empirical order of first incidents (certificates,
 * node pressure, runaway workloads, upgrade debt, data loss) made concrete for one cluster,
 * with how many days are left where that is known.
 *
 * @internal
 */
export function ClusterRisks(props: ClusterRisksProps) {
  const { risks, limit, showObjects } = props;
  const classes = useStyles();
  if (risks.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No known risks: nothing is close to failing on this cluster.
      </Typography>
    );
  }
  const shown = limit === undefined ? risks : risks.slice(0, limit);
  const rest = risks.length - shown.length;
  return (
    <>
      <ol className={classes.list} aria-label="What will fail first">
        {shown.map((risk, index) => {
          const when = timeToImpact(risk.daysToImpact);
          return (
            <li key={`${risk.kind}-${index}`} className={classes.risk}>
              <Typography
                variant="body2"
                component="span"
                className={classes.title}
              >
                {risk.title}
              </Typography>
              {when && (
                <Chip
                  size="small"
                  label={when === 'now' ? 'failing now' : when}
                  className={when === 'now' ? classes.imminent : undefined}
                  variant={when === 'now' ? 'default' : 'outlined'}
                />
              )}
              {showObjects && (
                <AffectedObjects objects={risk.objects} label={risk.title} />
              )}
            </li>
          );
        })}
      </ol>
      {rest > 0 && (
        <Typography variant="body2" color="textSecondary">
          and {rest} more {rest === 1 ? 'risk' : 'risks'}
        </Typography>
      )}
    </>
  );
}
